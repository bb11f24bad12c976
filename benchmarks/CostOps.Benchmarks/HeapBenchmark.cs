using CostOps.Core.Scheduler;

namespace CostOps.Benchmarks;

/// <summary>
/// Managed heap of a stop-all pass through the real adapters: the heap after a full collection before the pass
/// (the simulated account itself lives in this process and is in it), and the largest of
/// <see cref="GC.GetTotalMemory(bool)"/> sampled every 5 ms during the pass and once at its end, before any collection.
/// </summary>
internal static class HeapBenchmark
{
    public sealed record Result(int Services, int Clusters, long BaselineBytes, long PeakBytes)
    {
        public long PassBytes => PeakBytes - BaselineBytes;
    }

    public static async Task<Result> RunAsync(int services, int clusters)
    {
        var run = await PassBenchmark.PrepareAsync(PassCase.StopAll, services, clusters, realAdapters: true, FleetSchedules.NewDecider());
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = baseline;
        using (new Timer(_ => HeapPeak.Max(ref peak, GC.GetTotalMemory(false)), null, 0, 5))
        {
            run.Summary = await run.Reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);
            HeapPeak.Max(ref peak, GC.GetTotalMemory(false));
        }

        if (run.Summary.Stopped != services)
        {
            throw new InvalidOperationException($"heap run: expected {services} stops, got {run.Summary.Stopped}");
        }

        return new Result(services, clusters, baseline, Interlocked.Read(ref peak));
    }

    public static string Markdown(IReadOnlyList<Result> results) =>
        "\n## Managed heap of a stop-all pass (real adapters)\n\nBaseline: GC.GetTotalMemory(true) before the pass (includes the simulated account). "
        + "Peak: the largest GC.GetTotalMemory(false) sampled every 5 ms during the pass and at its end.\n\n"
        + "| services | clusters | baseline MB | peak MB | peak - baseline MB |\n| ---: | ---: | ---: | ---: | ---: |\n"
        + string.Concat(results.Select(r => FormattableString.Invariant(
            $"| {r.Services:N0} | {r.Clusters} | {r.BaselineBytes / 1048576.0:0.0} | {r.PeakBytes / 1048576.0:0.0} | {r.PassBytes / 1048576.0:0.0} |\n")));
}
