using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>Every call of the module (deploy configuration, examples) passes only inputs the module declares, and every input without a default.</summary>
public static class ModuleCallCheck
{
    private static readonly HashSet<string> MetaArguments = ["source", "version", "providers", "count", "for_each", "depends_on"];

    public static IReadOnlyList<string> Problems(TerraformConfiguration module, TerraformConfiguration caller)
    {
        var problems = new List<string>();
        var variables = module.Variables.ToDictionary(v => v.Name, StringComparer.Ordinal);
        var calls = caller.Modules.ToList();
        if (calls.Count == 0)
        {
            problems.Add($"{caller.Texts.Keys.FirstOrDefault() ?? "configuration"}: no module block calls the CostOps module");
        }

        foreach (var call in calls)
        {
            foreach (var argument in call.Body.EnumerateObject().Select(p => p.Name).Where(n => !MetaArguments.Contains(n)))
            {
                if (!variables.ContainsKey(argument))
                {
                    problems.Add($"{call.Address} ({call.File}): the module has no input named {argument}");
                }
            }

            foreach (var required in variables.Values.Where(v => v.Attribute("default") is null && !HasNullDefault(v)))
            {
                if (call.Attribute(required.Name) is null)
                {
                    problems.Add($"{call.Address} ({call.File}): the required input {required.Name} is not passed");
                }
            }
        }

        return problems;
    }

    // hcl2json writes `default = null` as a JSON null property, which Attribute() returns as a Null element.
    private static bool HasNullDefault(HclBlock variable) => variable.Body.TryGetProperty("default", out _);
}
