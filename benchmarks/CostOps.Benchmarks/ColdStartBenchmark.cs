using System.Globalization;
using System.Text;
using CostOps.Simulator;

namespace CostOps.Benchmarks;

/// <summary>
/// Cold start of each function: the bootstrap published plain, ReadyToRun and Native AOT, started fresh for every run
/// against a local Runtime API, handling one event over a 100-service simulated fleet (ECS, Auto Scaling, Cost Explorer,
/// Budgets, SNS, S3 from the simulated account over HTTP; state in dynalite through the real DynamoDB client).
/// </summary>
internal static class ColdStartBenchmark
{
    private const string Always = """{"default":"always","schedules":{"always":{"timezone":"UTC","periods":["daily 00:00-24:00"]}}}""";

    public sealed record Row(string Variant, string Function, IReadOnlyList<ColdStartRun.Sample> Samples)
    {
        public IReadOnlyList<ColdStartRun.Sample> Good => [.. Samples.Where(s => s.Succeeded)];

        public string? FirstError => Samples.FirstOrDefault(s => !s.Succeeded)?.Error;
    }

    public sealed record Result(IReadOnlyList<ColdStartBuild> Builds, IReadOnlyList<Row> Rows, string? Problem, int Runs);

    /// <summary>The event each function handles: the deployment's triggers (terraform/schedules.tf) and a browser opening a stopped service.</summary>
    private static readonly (string Function, string Event)[] Functions =
    [
        ("scheduler", """{"source":"costops.scheduler","trigger":"tick","schedule":"safety-tick"}"""),
        ("spot_manager", """{"source":"costops.scheduler","trigger":"tick","schedule":"spot-tick"}"""),
        ("cost_report", """{"command":"report"}"""),
        ("budget_alerts", """{"command":"check"}"""),
        ("wake", """{"requestContext":{"elb":{"targetGroupArn":"arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/costops-wake/0123456789abcdef"}},"httpMethod":"GET","path":"/","queryStringParameters":{},"headers":{"accept":"text/html","host":"svc-00001.example.com","user-agent":"Mozilla/5.0"},"body":"","isBase64Encoded":false}"""),
    ];

    public static async Task<Result> RunAsync(string root, int runs)
    {
        var builds = new List<ColdStartBuild>();
        foreach (var (variant, properties) in ColdStartBuild.Variants)
        {
            var build = await ColdStartBuild.PublishAsync(root, variant, properties);
            Console.Error.WriteLine($"cold start: {(build.Reused ? "reused the publish of" : "published")} {variant} ({build.PublishSeconds:0} s){(build.Problem is null ? "" : ": " + build.Problem)}");
            builds.Add(build);
        }

        var (engine, problem) = await DynaliteProcess.StartAsync(root);
        if (engine is null)
        {
            return new Result(builds, [], problem, runs);
        }

        using (engine)
        {
            var world = BenchFleet.Create(100, 2, 10, _ => null);
            world.AddBudget("monthly", 1000m);
            using var endpoint = new LocalLambdaEndpoint(new SimulatorHandler(world));
            var rows = new List<Row>();
            foreach (var build in builds.Where(b => b.Bootstrap is not null))
            {
                foreach (var (function, eventJson) in Functions)
                {
                    var samples = new List<ColdStartRun.Sample>();
                    for (var i = 0; i < runs; i++)
                    {
                        var table = await engine.CreateTableAsync();
                        samples.Add(await ColdStartRun.RunAsync(build.Bootstrap!, Environment(world, endpoint, engine, function, table), endpoint, eventJson));
                    }

                    var row = new Row(build.Variant, function, samples);
                    rows.Add(row);
                    Console.Error.WriteLine($"cold start {build.Variant} {function}: {Median(row.Good, s => s.TotalMs):0} ms, {Median(row.Good, s => s.PeakRssMb):0.0} MB{(row.FirstError is null ? "" : ", failed: " + row.FirstError)}");
                }
            }

            return new Result(builds, rows, null, runs);
        }
    }

    private static Dictionary<string, string> Environment(SimulatedAccount world, LocalLambdaEndpoint endpoint, DynaliteProcess engine, string function, string table)
    {
        var variables = SimulatedAws.Variables(world);
        variables["AWS_ENDPOINT_URL"] = endpoint.AwsEndpoint.ToString();
        variables["AWS_ENDPOINT_URL_DYNAMODB"] = engine.Endpoint.ToString();
        variables["AWS_LAMBDA_RUNTIME_API"] = endpoint.RuntimeApi;
        variables["_HANDLER"] = function;
        variables["AWS_LAMBDA_FUNCTION_NAME"] = $"costops-{function.Replace('_', '-')}";
        variables["COSTOPS_TABLE"] = table;
        variables["COSTOPS_FUNCTION_TIMEOUT_SECONDS"] = "900";
        variables["COSTOPS_ACCOUNT_ID"] = world.Options.AccountId;
        variables["COSTOPS_TOPIC_ARN"] = $"arn:aws:sns:{world.Region}:{world.Options.AccountId}:costops-reports";
        variables["COSTOPS_CLUSTERS"] = "cluster-000,cluster-001";
        variables["COSTOPS_SCHEDULES"] = Always;
        variables["COSTOPS_REPORT_BUCKET"] = "costops-reports";
        variables["COSTOPS_REPORT_TIMEZONE"] = "UTC";
        variables["COSTOPS_SCHEDULER_FUNCTION"] = "costops-scheduler";
        return variables;
    }

    public static double Median(IReadOnlyList<ColdStartRun.Sample> samples, Func<ColdStartRun.Sample, double> value)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static string Markdown(Result r)
    {
        var sb = new StringBuilder("\n## Cold start: a fresh process per function, one event over 100 services\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"The bootstrap (benchmarks/CostOps.ColdStart, a minimal Lambda Runtime API loop) started fresh {r.Runs} times per function and build; ")
          .Append("time from process start to its first GET next (init) and to its response; peak RSS = VmHWM after the response. ")
          .Append("AWS calls go over localhost to the simulated account, state to dynalite through the DynamoDB client, a new empty table each run ")
          .Append("(so the report is sent every time). Events: the safety tick (every service on an always-on schedule: nothing to change), the Spot tick, ")
          .Append("the weekly report, the budget check, a visitor opening an address no service is registered for (the wake page's 404).\n\n");
        if (r.Problem is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Not run: {r.Problem}.\n");
        }

        sb.Append("| build | publish s | size MB (no symbols) | trim/AOT warnings | problem |\n| --- | ---: | ---: | ---: | --- |\n");
        foreach (var b in r.Builds)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {b.Variant} | {b.PublishSeconds:0}{(b.Reused ? " (earlier publish, reused)" : "")} | {b.SizeBytes / 1048576.0:0.0} | {b.Warnings.Count} | {b.Problem ?? ""} |\n");
        }

        sb.Append("\n| function | build | runs ok | init ms (median) | first response ms (median) | min ms | max ms | peak RSS MB (median) | warning/error log lines | error |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        foreach (var row in r.Rows.OrderBy(x => Array.FindIndex(Functions, f => f.Function == x.Function)))
        {
            var good = row.Good;
            sb.Append(CultureInfo.InvariantCulture, $"| {row.Function} | {row.Variant} | {good.Count}/{row.Samples.Count} | {Median(good, s => s.InitMs):0} | {Median(good, s => s.TotalMs):0} | ")
              .Append(CultureInfo.InvariantCulture, $"{(good.Count > 0 ? good.Min(s => s.TotalMs) : double.NaN):0} | {(good.Count > 0 ? good.Max(s => s.TotalMs) : double.NaN):0} | {Median(good, s => s.PeakRssMb):0.0} | {row.Samples.Sum(s => s.Problems?.Count ?? 0)} | {Escape(row.FirstError)} |\n");
        }

        sb.Append("\nWhat each function answered (first run of each function and build):\n\n");
        foreach (var row in r.Rows.Where(x => x.Good.Count > 0))
        {
            sb.Append(CultureInfo.InvariantCulture, $"- {row.Function}, {row.Variant}: `{Escape(row.Good[0].Response)}`\n");
        }

        foreach (var line in r.Rows.SelectMany(x => x.Samples.SelectMany(s => s.Problems ?? []).Select(p => $"{x.Function}, {x.Variant}: {p}")).Distinct().Take(10))
        {
            sb.Append("- log: ").Append(Escape(line)).Append('\n');
        }

        foreach (var b in r.Builds.Where(b => b.Warnings.Count > 0))
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{b.Variant} publish warnings ({b.Warnings.Count}):\n\n");
            foreach (var w in b.Warnings)
            {
                sb.Append("- ").Append(Escape(w)).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Escape(string? text) => text is null ? "" : (text.Length > 300 ? text[..300] + "…" : text).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
