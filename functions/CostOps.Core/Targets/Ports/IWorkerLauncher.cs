namespace CostOps.Core.Targets.Ports;

/// <summary>Queues one asynchronous worker run for one account-region (the scheduler invoking itself).</summary>
public interface IWorkerLauncher
{
    Task StartAsync(AccountRegion target, bool dryRun, CancellationToken cancellationToken);
}
