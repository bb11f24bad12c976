namespace CostOps.Core.Schedules;

/// <summary>Pure: decides from a service's tags and the current instant what the service should be.</summary>
/// <remarks>Tag keys are matched case-insensitively (<c>costops:schedule</c>, <c>keep-running</c>). Never throws for bad tag values: those give <see cref="DesiredRunState.Invalid"/> or a malformed override.</remarks>
public interface IScheduleDecider
{
    ScheduleVerdict Decide(IReadOnlyDictionary<string, string> serviceTags, DateTimeOffset now);

    /// <summary>
    /// Starts a search for the earliest instant after <paramref name="from"/> at which the decision for any of
    /// the services added to it can change. Each distinct schedule's next change is computed once per scan.
    /// </summary>
    INextChangeScan StartNextChangeScan(DateTimeOffset from);
}
