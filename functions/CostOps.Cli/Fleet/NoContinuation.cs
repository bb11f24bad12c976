using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Cli.Fleet;

/// <summary>A dry run on a stopped clock never runs out of time, so it never hands work over; if asked, it says so.</summary>
public sealed class NoContinuation : IRunContinuation
{
    public Task ContinueAsync(SchedulerRunRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the plan has no continuation: every service is evaluated in one pass");
}
