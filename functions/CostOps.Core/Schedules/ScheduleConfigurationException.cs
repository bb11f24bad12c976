namespace CostOps.Core.Schedules;

/// <summary>The schedule configuration is invalid; <see cref="Problems"/> lists each one as "field.path: what is wrong".</summary>
public sealed class ScheduleConfigurationException : Exception
{
    public ScheduleConfigurationException(IReadOnlyList<string> problems)
        : base(Format(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }

    private static string Format(IReadOnlyList<string> problems) =>
        $"Invalid schedule configuration ({ScheduleConfiguration.EnvironmentVariable}), {problems.Count} problem(s); nothing was changed. Fix:"
        + string.Concat(problems.Select(p => "\n- " + p));
}
