using System.Globalization;
using CostOps.Benchmarks;

// Usage: CostOps.Benchmarks [output.md] [--quick | --throttled-only | --heap-only | --naive-only | --organization-only [--accounts=N] | --fullrun-only | --coldstart-only]
// Time reads for measurement use Stopwatch; the date on the report comes from TimeProvider.System, here only.
var output = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "benchmarks/results/latest.md";
var runStarted = System.Diagnostics.Stopwatch.GetTimestamp();
var quick = args.Contains("--quick");
if (args.Contains("--naive-only"))
{
    Console.WriteLine(NaiveSchedulerBenchmark.Markdown(await NaiveSchedulerBenchmark.RunAsync(1_000, 10)));
    return;
}

if (args.Contains("--organization-only"))
{
    var accounts = args.FirstOrDefault(a => a.StartsWith("--accounts=", StringComparison.Ordinal)) is { } count ? int.Parse(count["--accounts=".Length..], CultureInfo.InvariantCulture) : 20;
    Console.WriteLine(OrganizationStopBenchmark.Markdown(await OrganizationStopBenchmark.RunAsync(accounts, 500)));
    return;
}

if (args.Contains("--fullrun-only"))
{
    var size = args.FirstOrDefault(a => a.StartsWith("--services=", StringComparison.Ordinal)) is { } given ? int.Parse(given["--services=".Length..], CultureInfo.InvariantCulture) : 10_000;
    Console.WriteLine(FullRunBenchmark.Markdown([await FullRunBenchmark.RunAsync(size, 20), await FullRunBenchmark.RunAsync(size, 100)]));
    return;
}

if (args.Contains("--coldstart-only"))
{
    Console.WriteLine(ColdStartBenchmark.Markdown(await ColdStartBenchmark.RunAsync(RepositoryRoot.Find(), quick ? 3 : 5)));
    return;
}

if (args.Contains("--heap-only"))
{
    Console.WriteLine(HeapBenchmark.Markdown([await HeapBenchmark.RunAsync(1_000, 10), await HeapBenchmark.RunAsync(10_000, 20)]));
    return;
}

if (args.Contains("--throttled-only"))
{
    Console.WriteLine(ThrottledStopBenchmark.Markdown(await ThrottledStopBenchmark.RunAsync(1_000, 10, 0.3)));
    return;
}

var (warmup, reps, bigReps) = quick ? (1, 3, 2) : (3, 15, 7);

var decisions = await DecisionBenchmark.RunAsync(warmup, reps);
var passes = new List<PassResult>();
foreach (var (services, clusters) in new[] { (1_000, 10), (10_000, 20), (10_000, 100) })
{
    foreach (var adapters in clusters == 100 ? new[] { true } : new[] { false, true })
    {
        foreach (var passCase in Enum.GetValues<PassCase>())
        {
            var result = await PassBenchmark.RunAsync(passCase, services, clusters, adapters, warmup, services > 1_000 ? bigReps : reps);
            passes.Add(result);
            Console.Error.WriteLine($"{result.Measurement.Name}: {result.Measurement.MedianWallMs:0.0} ms wall, {result.Measurement.MedianCpuMs:0.0} ms CPU");
        }
    }
}

var date = TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
var header = $"# Benchmark results ({date})\n\nCommand: `make bench` (`dotnet run --project benchmarks/CostOps.Benchmarks -c Release -- {output}{(quick ? " --quick" : "")}`). Machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, "
    + $".NET {Environment.Version}, Release, workstation GC. Warm-up {warmup}, repetitions {reps} (10,000-service passes: {bigReps}); median and nearest-rank p95.";
var tick = await LatencyTickBenchmark.RunAsync(1_000, 10, quick ? 3 : 7, TimeProvider.System);
Console.Error.WriteLine($"{tick.Name}: {tick.MedianWallMs:0.0} ms wall");
var throttled = await ThrottledStopBenchmark.RunAsync(1_000, 10, 0.3);
Console.Error.WriteLine($"throttled stop: {throttled.Stopped} stopped, {throttled.Failed} failed, {throttled.Calls} calls, {throttled.SimulatedTime.TotalSeconds:0.0} s simulated");
var heaps = new[] { await HeapBenchmark.RunAsync(1_000, 10), await HeapBenchmark.RunAsync(10_000, 20) };
var naive = await NaiveSchedulerBenchmark.RunAsync(1_000, 10);
var organization = await OrganizationStopBenchmark.RunAsync(20, 500);
var fullRuns = new[] { await FullRunBenchmark.RunAsync(10_000, 20), await FullRunBenchmark.RunAsync(10_000, 100) };
var coldStart = await ColdStartBenchmark.RunAsync(RepositoryRoot.Find(), quick ? 3 : 5);
var report = ReportWriter.Write(header, decisions, passes) + LogVolumeBenchmark.Markdown(await LogVolumeBenchmark.RunAsync())
    + LatencyTickBenchmark.Markdown(tick) + ThrottledStopBenchmark.Markdown(throttled) + HeapBenchmark.Markdown(heaps) + NaiveSchedulerBenchmark.Markdown(naive)
    + FullRunBenchmark.Markdown(fullRuns) + ColdStartBenchmark.Markdown(coldStart) + OrganizationStopBenchmark.Markdown(organization)
    + FormattableString.Invariant($"\nThe whole run took {System.Diagnostics.Stopwatch.GetElapsedTime(runStarted).TotalMinutes:0.0} minutes (load average at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}).\n");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await File.WriteAllTextAsync(output, report);
Console.WriteLine(report);
