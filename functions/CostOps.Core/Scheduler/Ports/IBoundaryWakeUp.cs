namespace CostOps.Core.Scheduler.Ports;

/// <summary>
/// Wakes the scheduler once at an instant (a one-time schedule) so a boundary is handled on time rather than
/// at the next safety tick. Each call replaces the previous wake-up; setting the same instant again changes nothing.
/// </summary>
public interface IBoundaryWakeUp
{
    Task EnsureAsync(DateTimeOffset at, CancellationToken cancellationToken);
}
