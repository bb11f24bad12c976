using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>Every variable has a type and a description; the listed ones also have a validation block.</summary>
public static class VariableCheck
{
    public static IReadOnlyList<string> Problems(TerraformConfiguration configuration, IEnumerable<string> needValidation)
    {
        var problems = new List<string>();
        var variables = configuration.Variables.ToDictionary(v => v.Name, StringComparer.Ordinal);
        foreach (var variable in variables.Values)
        {
            if (variable.Attribute("type") is null)
            {
                problems.Add($"variable \"{variable.Name}\" ({variable.File}) has no type");
            }

            if (variable.Attribute("description") is not { ValueKind: System.Text.Json.JsonValueKind.String } description || string.IsNullOrWhiteSpace(description.GetString()))
            {
                problems.Add($"variable \"{variable.Name}\" ({variable.File}) has no description");
            }
        }

        foreach (var name in needValidation)
        {
            if (!variables.TryGetValue(name, out var variable))
            {
                problems.Add($"variable \"{name}\" should exist and be validated, but it is not declared");
            }
            else if (variable.Blocks("validation").Count == 0)
            {
                problems.Add($"variable \"{name}\" ({variable.File}) accepts wrong values: it needs a validation block");
            }
            else if (variable.Blocks("validation").Any(v => HclBlock.Get(v, "condition") is null || HclBlock.Get(v, "error_message") is null))
            {
                problems.Add($"variable \"{name}\" ({variable.File}) has a validation without condition or error_message");
            }
        }

        return problems;
    }
}
