using System.Text.Json;
using System.Text.RegularExpressions;
using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>
/// Every reference in an expression names something declared: var.X a variable, local.X a local value,
/// aws_T.N and data.aws_T.N a block of this configuration, and the attribute read from it one the provider
/// has (argument or computed attribute); module.M.O an output of the module.
/// </summary>
public static partial class ReferenceCheck
{
    public static IReadOnlyList<string> Problems(TerraformConfiguration configuration, ProviderSchema schema, TerraformConfiguration? calledModule = null) =>
        Problems(configuration, schema, calledModule is null ? null : _ => calledModule);

    /// <param name="calledModules">Module block name → the module it calls; null checks no module outputs.</param>
    public static IReadOnlyList<string> Problems(TerraformConfiguration configuration, ProviderSchema schema, IReadOnlyDictionary<string, TerraformConfiguration> calledModules)
    {
        ArgumentNullException.ThrowIfNull(calledModules);
        return Problems(configuration, schema, name => calledModules.GetValueOrDefault(name));
    }

    private static IReadOnlyList<string> Problems(TerraformConfiguration configuration, ProviderSchema schema, Func<string, TerraformConfiguration?>? calledModule)
    {
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        var variables = configuration.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var blocks = configuration.Resources.Concat(configuration.DataSources).Select(b => b.Address).ToHashSet(StringComparer.Ordinal);
        var expressions = configuration.Blocks.SelectMany(b => Strings(b.Body).Select(s => (Where: $"{b.Address} ({b.File})", Text: s)))
            .Concat(configuration.Locals.SelectMany(l => Strings(l.Value).Select(s => (Where: $"local.{l.Key}", Text: s))))
            .Where(e => e.Text.Contains("${", StringComparison.Ordinal));

        foreach (var (where, text) in expressions)
        {
            foreach (Match m in Variable().Matches(text))
            {
                if (!variables.Contains(m.Groups[1].Value))
                {
                    problems.Add($"{where}: var.{m.Groups[1].Value} is not declared");
                }
            }

            foreach (Match m in Local().Matches(text))
            {
                if (!configuration.Locals.ContainsKey(m.Groups[1].Value))
                {
                    problems.Add($"{where}: local.{m.Groups[1].Value} is not defined");
                }
            }

            foreach (Match m in Block().Matches(text))
            {
                var kind = m.Groups["data"].Success ? "data" : "resource";
                var address = (kind == "data" ? "data." : string.Empty) + $"{m.Groups["type"].Value}.{m.Groups["name"].Value}";
                if (!blocks.Contains(address))
                {
                    problems.Add($"{where}: {address} is not declared");
                }
                else if (m.Groups["attribute"].Success && !Readable(schema, kind, m.Groups["type"].Value, m.Groups["attribute"].Value))
                {
                    problems.Add($"{where}: {address} has no attribute {m.Groups["attribute"].Value}");
                }
            }

            foreach (Match m in ModuleOutput().Matches(text))
            {
                if (calledModule is null)
                {
                    continue;
                }

                if (calledModule(m.Groups[1].Value) is not { } called)
                {
                    problems.Add($"{where}: module.{m.Groups[1].Value} is not declared");
                }
                else if (!called.Outputs.Any(o => o.Name == m.Groups[2].Value))
                {
                    problems.Add($"{where}: the module has no output {m.Groups[2].Value}");
                }
            }
        }

        return [.. problems];
    }

    private static bool Readable(ProviderSchema schema, string kind, string type, string attribute) =>
        schema.Type(kind, type) is not { } t
        || t.GetProperty("readable").EnumerateArray().Any(a => a.GetString() == attribute)
        || t.GetProperty("attributes").TryGetProperty(attribute, out _)
        || t.GetProperty("blocks").TryGetProperty(attribute, out _);

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => value.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [GeneratedRegex(@"(?<![\w.])var\.([A-Za-z_][\w-]*)")]
    private static partial Regex Variable();

    [GeneratedRegex(@"(?<![\w.])local\.([A-Za-z_][\w-]*)")]
    private static partial Regex Local();

    [GeneratedRegex(@"(?<![\w./:-])(?<data>data\.)?(?<type>aws_[a-z0-9_]+)\.(?<name>[A-Za-z_][\w-]*)(\[[^\]]*\])?(\.(?<attribute>[a-z_][a-z0-9_]*))?")]
    private static partial Regex Block();

    [GeneratedRegex(@"(?<![\w.])module\.([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)")]
    private static partial Regex ModuleOutput();
}
