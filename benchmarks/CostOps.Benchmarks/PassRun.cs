using CostOps.Core.Scheduler;

namespace CostOps.Benchmarks;

/// <summary>One prepared pass: the reconciler wired to its fleet, and where to read the calls it made.</summary>
internal sealed class PassRun(SchedulerReconciler reconciler, CountingStateStore store, QuietObservability log, Func<IReadOnlyDictionary<string, int>> calls)
{
    public SchedulerReconciler Reconciler => reconciler;

    public CountingStateStore Store => store;

    public QuietObservability Log => log;

    public Func<IReadOnlyDictionary<string, int>> Calls => calls;

    public SchedulerRunSummary? Summary { get; set; }
}
