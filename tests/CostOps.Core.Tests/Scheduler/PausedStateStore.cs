using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Tests.Scheduler;

/// <summary>Holds the first state write until the test releases it, so a test can let another run act in between.</summary>
internal sealed class PausedStateStore(ISchedulerStateStore inner) : ISchedulerStateStore
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _saves;

    /// <summary>Completes when the first write is waiting.</summary>
    public Task FirstWriteReached => _reached.Task;

    public void Release() => _released.TrySetResult();

    public Task<ServiceState?> GetAsync(string serviceArn, CancellationToken cancellationToken) => inner.GetAsync(serviceArn, cancellationToken);

    public async Task<bool> TrySaveAsync(ServiceState state, long expectedVersion, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _saves) == 1)
        {
            _reached.TrySetResult();
            await _released.Task;
        }

        return await inner.TrySaveAsync(state, expectedVersion, cancellationToken);
    }

    public Task RecordRunAsync(SchedulerRunRecord run, CancellationToken cancellationToken) => inner.RecordRunAsync(run, cancellationToken);
}
