using System.Text.Json;
using System.Text.RegularExpressions;
using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>
/// No policy statement allows a "*" action (neither "*" nor "service:*", nor NotAction), and every
/// "*" resource carries a comment on its line or the line above saying why AWS requires it.
/// </summary>
public static partial class IamCheck
{
    public static IReadOnlyList<string> Problems(TerraformConfiguration configuration)
    {
        var problems = new List<string>();
        foreach (var document in configuration.OfType("aws_iam_policy_document").Where(b => b.Kind == "data"))
        {
            var index = 0;
            foreach (var statement in document.Blocks("statement"))
            {
                index++;
                var where = $"{document.Address} statement {StatementName(statement, index)} ({document.File})";
                var allow = HclBlock.Get(statement, "effect") is not { ValueKind: JsonValueKind.String } effect || effect.GetString() == "Allow";
                foreach (var action in Strings(HclBlock.Get(statement, "actions")))
                {
                    if (action == "*" || action.EndsWith(":*", StringComparison.Ordinal))
                    {
                        problems.Add($"{where}: action \"{action}\" allows every action; list the actions the code calls");
                    }
                }

                if (allow && HclBlock.Get(statement, "not_actions") is not null)
                {
                    problems.Add($"{where}: not_actions in an Allow statement allows every other action");
                }
            }
        }

        foreach (var (file, text) in configuration.Texts)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (JsonWildcardAction().IsMatch(lines[i]))
                {
                    problems.Add($"{file}:{i + 1}: a policy allows a \"*\" action: {lines[i].Trim()}");
                }

                if (WildcardResource().IsMatch(lines[i]) && !Commented(lines, i))
                {
                    problems.Add($"{file}:{i + 1}: \"*\" resource without a comment saying why AWS requires it: {lines[i].Trim()}");
                }
            }
        }

        return problems;
    }

    private static bool Commented(string[] lines, int i) =>
        lines[i].Contains('#', StringComparison.Ordinal) || lines[i].Contains("//", StringComparison.Ordinal)
        || (i > 0 && lines[i - 1].TrimStart() is var above && (above.StartsWith('#') || above.StartsWith("//", StringComparison.Ordinal)));

    private static string StatementName(JsonElement statement, int index) =>
        HclBlock.Get(statement, "sid") is { ValueKind: JsonValueKind.String } sid ? sid.GetString()! : $"#{index}";

    private static IEnumerable<string> Strings(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            : [];

    [GeneratedRegex(""""(resources|not_resources)\s*=\s*\[\s*"\*"\s*\]|"?Resource"?\s*[=:]\s*\[?\s*"\*"""")]
    private static partial Regex WildcardResource();

    [GeneratedRegex(""""(?<!_)"?Action"?\s*[=:]\s*\[?\s*"(\*|[A-Za-z0-9-]+:\*)"""")]
    private static partial Regex JsonWildcardAction();
}
