namespace CostOps.Core.Targets;

/// <summary>The target configuration is invalid; <see cref="Problems"/> lists each one as "path: value: what is expected".</summary>
public sealed class TargetConfigurationException : Exception
{
    public TargetConfigurationException(IReadOnlyList<string> problems)
        : base(Format(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }

    private static string Format(IReadOnlyList<string> problems) =>
        $"Invalid target configuration ({TargetConfiguration.EnvironmentVariable}), {problems.Count} problem(s); nothing was changed. Fix:"
        + string.Concat(problems.Select(p => "\n- " + p));
}
