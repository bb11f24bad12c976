namespace CostOps.Terraform.Tests.Checks;

/// <summary>
/// The environment Terraform gives each function against what its code reads: nothing required is missing,
/// nothing set is ignored, and nothing reserved by Lambda (AWS_*, _*) is set. Lambda itself provides the
/// reserved variables the code reads (AWS_REGION, AWS_LAMBDA_FUNCTION_NAME, ...).
/// </summary>
public static class EnvironmentCheck
{
    public static bool ProvidedByLambda(string name) => name.StartsWith("AWS_", StringComparison.Ordinal) || name.StartsWith('_');

    /// <param name="terraform">Function key → the variable names Terraform sets.</param>
    /// <param name="code">Function key → what its code reads.</param>
    /// <param name="aheadOfCode">Function key → variables Terraform sets before the code reads them (work in progress elsewhere);
    /// an entry the code has started reading is reported so that it is removed.</param>
    public static IReadOnlyList<string> Problems(
        IReadOnlyDictionary<string, IReadOnlySet<string>> terraform,
        IReadOnlyDictionary<string, CodeVariables> code,
        IReadOnlyDictionary<string, string[]> aheadOfCode)
    {
        var problems = new List<string>();
        foreach (var key in code.Keys.Union(terraform.Keys).Order(StringComparer.Ordinal))
        {
            if (!terraform.TryGetValue(key, out var set))
            {
                problems.Add($"{key}: Terraform gives this function no environment (local.environment.{key} is missing)");
                continue;
            }

            if (!code.TryGetValue(key, out var reads))
            {
                problems.Add($"{key}: local.environment has an entry for a function handlers.json does not list");
                continue;
            }

            var ahead = aheadOfCode.TryGetValue(key, out var pending) ? pending.ToHashSet(StringComparer.Ordinal) : [];
            foreach (var name in reads.Required.Where(n => !ProvidedByLambda(n) && !set.Contains(n)).Order(StringComparer.Ordinal))
            {
                problems.Add($"{key}: the code requires {name}, but Terraform does not set it (add it to local.environment.{key} in terraform/functions.tf)");
            }

            foreach (var name in set.Where(n => !ProvidedByLambda(n) && !reads.Read.Contains(n) && !ahead.Contains(n)).Order(StringComparer.Ordinal))
            {
                problems.Add($"{key}: Terraform sets {name}, but the function's code never reads it (remove it, or read it in the composition)");
            }

            foreach (var name in set.Where(ProvidedByLambda).Order(StringComparer.Ordinal))
            {
                problems.Add($"{key}: Terraform sets {name}, a name Lambda reserves for itself (it rejects the function)");
            }

            foreach (var name in ahead.Where(reads.Read.Contains).Order(StringComparer.Ordinal))
            {
                problems.Add($"{key}: the code now reads {name}: remove it from the variables set ahead of the code in the test");
            }
        }

        return problems;
    }
}
