namespace CostOps.Core.Scheduler.Ports;

/// <summary>Invokes this function again, asynchronously, to process the services a run had no time left for.</summary>
public interface IRunContinuation
{
    Task ContinueAsync(SchedulerRunRequest request, CancellationToken cancellationToken);
}
