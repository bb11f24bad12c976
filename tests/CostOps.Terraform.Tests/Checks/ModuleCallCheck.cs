using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>Every call of a module (deploy configuration, examples) passes only inputs the module declares, and every input without a default.</summary>
public static class ModuleCallCheck
{
    private static readonly HashSet<string> MetaArguments = ["source", "version", "providers", "count", "for_each", "depends_on"];

    /// <summary>Every module block of <paramref name="caller"/> against <paramref name="module"/>.</summary>
    public static IReadOnlyList<string> Problems(TerraformConfiguration module, TerraformConfiguration caller) =>
        Problems(caller, _ => module, module);

    /// <summary>
    /// Each module block against the module <paramref name="called"/> finds for it (a block with an unknown source is reported);
    /// <paramref name="costOpsModule"/> must be called at least once.
    /// </summary>
    public static IReadOnlyList<string> Problems(TerraformConfiguration caller, Func<HclBlock, TerraformConfiguration?> called, TerraformConfiguration costOpsModule)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(called);
        var problems = new List<string>();
        var calls = caller.Modules.ToList();
        if (!calls.Any(c => ReferenceEquals(called(c), costOpsModule)))
        {
            problems.Add($"{caller.Texts.Keys.FirstOrDefault() ?? "configuration"}: no module block calls the CostOps module");
        }

        foreach (var call in calls)
        {
            if (called(call) is not { } module)
            {
                problems.Add($"{call.Address} ({call.File}): its source is neither the CostOps module nor modules/member-role");
                continue;
            }

            var variables = module.Variables.ToDictionary(v => v.Name, StringComparer.Ordinal);
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
