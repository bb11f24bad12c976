using System.Text;
using static CostOps.Benchmarks.ApiModel;

namespace CostOps.Benchmarks;

/// <summary>Writes the measured numbers and the API model as Markdown tables.</summary>
internal static class ReportWriter
{
    public static string Write(string header, IReadOnlyList<Measurement> decisions, IReadOnlyList<PassResult> passes)
    {
        var sb = new StringBuilder().Line(header).Line("");
        sb.Line("## 1. Schedule decisions").Line("")
            .Line("| run | median ms / 10,000 | p95 ms | decisions/s | bytes/decision | gen0 |")
            .Line("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var m in decisions)
        {
            var perDecision = (double)m.AllocatedBytes / DecisionBenchmark.Services;
            sb.Line($"| {m.Name} | {F(m.MedianWallMs, "0.00")} | {F(m.P95WallMs, "0.00")} | {F(DecisionBenchmark.Services / (m.MedianWallMs / 1000), "#,0")} | {F(perDecision, "0")} | {m.Gen0} |");
        }

        sb.Line("").Line("## 2. Whole reconciler pass").Line("")
            .Line("| case | services | ports | wall median ms | wall p95 ms | CPU median ms | allocated MB | bytes/service | gen0/gen1/gen2 | log lines |")
            .Line("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
        foreach (var p in passes)
        {
            var m = p.Measurement;
            sb.Line($"| {p.Case} | {p.Services:N0} | {(p.RealAdapters ? "real adapters" : "free")} | {F(m.MedianWallMs)} | {F(m.P95WallMs)} | {F(m.MedianCpuMs)} | "
                + $"{F(m.AllocatedBytes / 1048576.0)} | {F((double)m.AllocatedBytes / p.Services, "#,0")} | {m.Gen0}/{m.Gen1}/{m.Gen2} | {p.LogLines:N0} |");
        }

        foreach (var adapters in new[] { false, true })
        {
            var set = passes.Where(p => p.RealAdapters == adapters).ToList();
            var kinds = set.SelectMany(p => p.Calls.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            sb.Line("").Line(adapters ? "### Calls one pass makes (real adapters: AWS calls)" : "### Port calls one pass makes (free ports)").Line("")
                .Line("| call | " + string.Join(" | ", set.Select(p => $"{p.Case} {p.Services:N0}/{p.Clusters}c")) + " |")
                .Line("| --- |" + string.Concat(set.Select(_ => " ---: |")));
            foreach (var kind in kinds)
            {
                sb.Line($"| {kind} | " + string.Join(" | ", set.Select(p => Get(p.Calls, kind).ToString("N0", System.Globalization.CultureInfo.InvariantCulture))) + " |");
            }
        }

        WriteModel(sb, passes.Where(p => p.RealAdapters).ToList());
        return sb.ToString();
    }

    private static void WriteModel(StringBuilder sb, List<PassResult> passes)
    {
        sb.Line("").Line("## 3. AWS calls against the minimum, and the least wall time").Line("")
            .Line("| case | services | clusters | ECS reads made | ECS reads minimum | UpdateService made / min | other AWS calls | DynamoDB calls | rate floor s (listing + changes) | latency estimate s | one 600 s run? |")
            .Line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var p in passes)
        {
            var changing = p.Case == PassCase.Steady ? 0 : p.Services;
            var (minReads, minUpdates) = Minimum(p.Services, p.Clusters, changing);
            var ecsReads = p.Calls.Where(c => c.Key.StartsWith("ECS List", StringComparison.Ordinal) || c.Key.StartsWith("ECS Describe", StringComparison.Ordinal)).Sum(c => c.Value);
            var other = p.Calls.Where(c => c.Key.StartsWith("Application Auto Scaling", StringComparison.Ordinal) || c.Key == "ECS TagResource").Sum(c => c.Value);
            var dynamo = p.Calls.Where(c => c.Key.StartsWith("DynamoDB", StringComparison.Ordinal)).Sum(c => c.Value);
            var (listing, changes) = RateFloor(p.Calls);
            var (latListing, latChanges) = LatencyEstimate(p.Calls, 8);
            var floor = listing + changes;
            var estimate = Math.Max(listing, latListing) + Math.Max(changes, latChanges);
            sb.Line($"| {p.Case} | {p.Services:N0} | {p.Clusters} | {ecsReads:N0} | {minReads:N0} | {Get(p.Calls, "ECS UpdateService"):N0} / {minUpdates:N0} | {other:N0} | {dynamo:N0} | "
                + $"{F(floor)} ({F(listing)} + {F(changes)}) | {F(estimate)} | {(estimate <= 600 ? "yes" : "no")} |");
        }

        sb.Line("").Line("### Stopping everything with the 600 s budget and continuations").Line("")
            .Line("| services | invocations | total s (rate model) | vs one-pass token-bucket floor | service-read calls (all listings) | one listing's service reads |")
            .Line("| ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var p in passes.Where(p => p.Case == PassCase.StopAll))
        {
            var reads = Get(p.Calls, "ECS ListServices") + Get(p.Calls, "ECS DescribeServices");
            var (invocations, total, allReads) = WithContinuations(p.Services, Get(p.Calls, "ECS ListServices"), Get(p.Calls, "ECS DescribeServices"), 600);
            var floor = AwsFacts.BucketSeconds(reads, AwsFacts.ServiceReadBurst, AwsFacts.ServiceReadRate)
                + AwsFacts.BucketSeconds(p.Services, AwsFacts.ServiceModifyBurst, AwsFacts.ServiceModifyRate);
            sb.Line($"| {p.Services:N0} ({p.Clusters} clusters) | {invocations} | {F(total, "0")} ({F(total / 60)} min) | {F(total / floor, "0.000")}× | {allReads:N0} | {reads:N0} |");
        }

        WriteCost(sb, passes);
    }

    private static void WriteCost(StringBuilder sb, List<PassResult> passes)
    {
        sb.Line("").Line("## 4. Lambda cost at 512 MB").Line("")
            .Line("| pass | services | CPU s (measured) | AWS time s (model) | billed s | cost per pass $ |")
            .Line("| --- | ---: | ---: | ---: | ---: | ---: |");
        var perPass = new Dictionary<(PassCase, int), decimal>();
        foreach (var p in passes)
        {
            var cpu = p.Measurement.MedianCpuMs / 1000;
            var (listing, changes) = RateFloor(p.Calls);
            var (latListing, latChanges) = LatencyEstimate(p.Calls, 8);
            var aws = Math.Max(listing, latListing) + Math.Max(changes, latChanges);
            var cost = LambdaCost(cpu + aws);
            perPass[(p.Case, p.Services)] = cost;
            sb.Line($"| {p.Case} | {p.Services:N0} | {F(cpu, "0.000")} | {F(aws)} | {F(cpu + aws)} | {D(cost)} |");
        }

        if (perPass.TryGetValue((PassCase.Steady, 1000), out var steady)
            && perPass.TryGetValue((PassCase.StopAll, 1000), out var stop) && perPass.TryGetValue((PassCase.StartAll, 1000), out var start))
        {
            const int ticks = 30 * 96;
            const int weekdays = 22;
            var month = (steady * (ticks - (2 * weekdays))) + ((stop + start) * weekdays);
            sb.Line("").Line($"A month for 1,000 services (30 days of 15-minute ticks = {ticks:N0} invocations): {ticks - (2 * weekdays):N0} steady ticks "
                + $"× ${D(steady)} + {weekdays} stops and {weekdays} starts = **${D(month, "0.00")} a month** "
                + $"(steady ticks alone: ${D(steady * ticks, "0.00")}).");
        }
    }
}
