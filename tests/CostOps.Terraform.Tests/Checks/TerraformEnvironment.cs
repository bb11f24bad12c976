using System.Text.Json;
using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>
/// The environment the module gives each function: the literal maps in <c>local.environment</c>, which the
/// functions receive (nulls dropped) through <c>local.function_environment[each.key]</c>.
/// </summary>
public static class TerraformEnvironment
{
    /// <summary>Function key → variable names, read from local.environment.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Names(TerraformConfiguration configuration)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        if (configuration.Locals.TryGetValue("environment", out var environment) && environment.ValueKind == JsonValueKind.Object)
        {
            foreach (var function in environment.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Object))
            {
                result[function.Name] = function.Value.EnumerateObject().Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
            }
        }

        return result;
    }

    /// <summary>How the maps reach the functions, and that each function's timeout is also its COSTOPS_FUNCTION_TIMEOUT_SECONDS.</summary>
    public static IReadOnlyList<string> WiringProblems(TerraformConfiguration configuration)
    {
        var problems = new List<string>();
        if (!configuration.Locals.TryGetValue("environment", out var environment) || environment.ValueKind != JsonValueKind.Object)
        {
            return ["local.environment must be a literal map: function key → { VARIABLE = value }"];
        }

        if (!configuration.Locals.TryGetValue("function_environment", out var filtered) || HclBlock.Text(filtered) is not { } text || !text.Contains("local.environment", StringComparison.Ordinal))
        {
            problems.Add("local.function_environment must be derived from local.environment");
        }

        foreach (var function in configuration.OfType("aws_lambda_function").Where(b => b.Kind == "resource"))
        {
            var variables = function.Blocks("environment") is [var env] ? HclBlock.Text(HclBlock.Get(env, "variables")) : null;
            if (variables != "${local.function_environment[each.key]}")
            {
                problems.Add($"{function.Address}: environment.variables must be local.function_environment[each.key], not {variables ?? "unset"}");
            }

            if (HclBlock.Text(function.Attribute("timeout")) != "${var.timeout_seconds[each.key]}")
            {
                problems.Add($"{function.Address}: timeout must be var.timeout_seconds[each.key]");
            }
        }

        foreach (var function in environment.EnumerateObject())
        {
            var expected = $"${{tostring(var.timeout_seconds.{function.Name})}}";
            var actual = HclBlock.Text(HclBlock.Get(function.Value, "COSTOPS_FUNCTION_TIMEOUT_SECONDS"));
            if (actual != expected)
            {
                problems.Add($"local.environment.{function.Name}.COSTOPS_FUNCTION_TIMEOUT_SECONDS must be {expected} (the function's own timeout), not {actual ?? "unset"}");
            }
        }

        return problems;
    }
}
