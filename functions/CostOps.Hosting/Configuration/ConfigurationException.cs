namespace CostOps.Hosting.Configuration;

/// <summary>Every configuration problem found at cold start, one per line, so one deploy fixes them all.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(IReadOnlyList<ConfigurationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<ConfigurationProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ConfigurationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var header = problems.Count == 1
            ? "Invalid configuration: fix this environment variable of the function and redeploy:"
            : $"Invalid configuration: fix these {problems.Count} environment variables of the function and redeploy:";
        return header + string.Concat(problems.Select(p => "\n- " + p));
    }
}
