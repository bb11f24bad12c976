namespace CostOps.Core.Activity;

/// <summary>What the scheduler last recorded about the managed fleet.</summary>
public interface IFleetStatus
{
    /// <summary>Services running outside their schedule: overrides in force and drift.</summary>
    Task<IReadOnlyList<OffScheduleService>> RunningOutsideScheduleAsync(CancellationToken cancellationToken);
}
