namespace CostOps.Benchmarks;

/// <summary>Whether the process's thread pool has run out of work: every caller in it is waiting.</summary>
internal static class ThreadPoolIdle
{
    /// <summary>Spins until the pool is seen idle twice running, or <paramref name="stop"/> is cancelled.</summary>
    public static void Await(CancellationToken stop)
    {
        var spinner = default(SpinWait);
        var idleSeen = 0;
        while (idleSeen < 2 && !stop.IsCancellationRequested)
        {
            idleSeen = IsIdle() ? idleSeen + 1 : 0;
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    /// <summary>No work item queued, none running, and none completed while looking.</summary>
    public static bool IsIdle()
    {
        var completed = ThreadPool.CompletedWorkItemCount;
        ThreadPool.GetMaxThreads(out var maxWorkers, out _);
        ThreadPool.GetAvailableThreads(out var availableWorkers, out _);
        return maxWorkers == availableWorkers && ThreadPool.PendingWorkItemCount == 0 && ThreadPool.CompletedWorkItemCount == completed;
    }
}
