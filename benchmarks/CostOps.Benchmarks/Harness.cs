using System.Diagnostics;

namespace CostOps.Benchmarks;

/// <summary>
/// A small honest harness: a fresh untimed setup before every run, warm-up runs that are thrown away,
/// then N timed runs; wall time from <see cref="Stopwatch.GetTimestamp"/>, process CPU time from
/// <see cref="Environment.CpuUsage"/>, allocations of all threads from <see cref="GC.GetTotalAllocatedBytes"/>.
/// Reports the median and the 95th percentile, never the best run.
/// </summary>
internal static class Harness
{
    public static async Task<Measurement> RunAsync<TState>(string name, int warmup, int repetitions, Func<Task<TState>> setup, Func<TState, Task> body)
    {
        for (var i = 0; i < warmup; i++)
        {
            await body(await setup());
        }

        var wall = new double[repetitions];
        var cpu = new double[repetitions];
        var bytes = new long[repetitions];
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var collectionsInSetup = (0, 0, 0);
        for (var i = 0; i < repetitions; i++)
        {
            var before = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var state = await setup();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var after = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            collectionsInSetup = (collectionsInSetup.Item1 + after.Item1 - before.Item1,
                collectionsInSetup.Item2 + after.Item2 - before.Item2, collectionsInSetup.Item3 + after.Item3 - before.Item3);

            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpuStart = Environment.CpuUsage.TotalTime;
            var start = Stopwatch.GetTimestamp();
            await body(state);
            var elapsed = Stopwatch.GetElapsedTime(start);
            cpu[i] = (Environment.CpuUsage.TotalTime - cpuStart).TotalMilliseconds;
            bytes[i] = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            wall[i] = elapsed.TotalMilliseconds;
        }

        return new Measurement(
            name,
            repetitions,
            Percentile(wall, 0.5),
            Percentile(wall, 0.95),
            Percentile(cpu, 0.5),
            (long)Percentile([.. bytes.Select(b => (double)b)], 0.5),
            GC.CollectionCount(0) - gen0 - collectionsInSetup.Item1,
            GC.CollectionCount(1) - gen1 - collectionsInSetup.Item2,
            GC.CollectionCount(2) - gen2 - collectionsInSetup.Item3);
    }

    /// <summary>Nearest-rank percentile.</summary>
    internal static double Percentile(double[] values, double fraction)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
