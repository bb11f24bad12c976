using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CostOps.Hosting;
using CostOps.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Benchmarks;

/// <summary>
/// An organisation-wide stop, everything real on one virtual clock: one <see cref="SimulatedOrganization"/> (member accounts ×
/// regions, ECS's token buckets on in each account-region), the scheduler's Lambda entry point in hub mode invoked once,
/// queuing one worker per account-region with Lambda Invoke (recorded by the hub account); every recorded worker invocation
/// then runs concurrently through the same function (each assuming the member role through the simulated STS via
/// <c>AwsAccess.ForTarget</c>, with its own client-side ECS limits and the default concurrency), and so does any continuation
/// they queue, until none is left. Waits jump the shared clock and overlap (<see cref="VirtualTimeline"/>).
/// </summary>
internal static class OrganizationStopBenchmark
{
    public sealed record Result(
        int Accounts, int Regions, int ServicesPerTarget, int Workers, int Invocations, int FailedInvocations, int Stopped, int Failed,
        IReadOnlyDictionary<string, int> Calls, int Throttled, double HubSeconds, double OrganizationSeconds, double FloorSeconds, double WallSeconds)
    {
        public double Ratio => OrganizationSeconds / FloorSeconds;
    }

    public const string Role = "costops-member";
    private const int Clusters = 5;
    private const string FunctionName = "costops-scheduler";
    private const string HubEvent = """{"source":"costops.scheduler","trigger":"tick","schedule":"safety-tick"}""";
    private static readonly string[] RegionNames = ["eu-west-1", "us-east-1"];
    private static readonly string[] Operations =
        ["AssumeRole", "ListClusters", "DescribeClusters", "ListServices", "DescribeServices", "UpdateService", "TagResource", "DescribeScalableTargets", "RegisterScalableTarget", "Invoke"];

    public static async Task<Result> RunAsync(int accounts, int services)
    {
        var wall = Stopwatch.GetTimestamp();
        var clock = new FakeTimeProvider(FleetSchedules.Off);
        var organization = Create(accounts, services, clock);
        using var timeline = new VirtualTimeline(clock, untilIdle: true);
        var store = new FunctionStateStore(timeline);
        var function = new CostOps.Scheduler.Function(new HostPorts(Variables(organization), timeline, TextWriter.Null, () => null)
        {
            Overrides = new HostOverrides(organization.Handler, store),
        });

        var started = clock.GetUtcNow();
        var hub = await InvokeAsync(function, HubEvent);
        var hubSeconds = (clock.GetUtcNow() - started).TotalSeconds;
        var runs = await RunQueuedAsync(function, organization.Hub);

        var all = organization.Accounts.Where(a => a.Options.AccountId != organization.ManagementAccountId).SelectMany(a => a.Services).ToList();
        var calls = Operations.ToDictionary(op => op, organization.Calls, StringComparer.Ordinal);
        foreach (var (key, count) in store.Calls)
        {
            calls[key] = count;
        }

        return new Result(accounts, RegionNames.Length, services, runs.Count(r => r.Worker), runs.Count + 1, runs.Count(r => r.Failure is not null) + (hub.Failure is null ? 0 : 1),
            all.Count(s => s.DesiredCount == 0), runs.Sum(r => r.FailedServices), calls, organization.Throttled, hubSeconds,
            (runs.Max(r => r.Ended) - started).TotalSeconds, OnePassFloorSeconds(services), Stopwatch.GetElapsedTime(wall).TotalSeconds);
    }

    private sealed record Run(bool Worker, string? Failure, int FailedServices, DateTimeOffset Ended);

    /// <summary>Starts every invocation the hub account has recorded, side by side, and each one queued while they run, until none is left.</summary>
    private static async Task<List<Run>> RunQueuedAsync(CostOps.Scheduler.Function function, SimulatedAccount hub)
    {
        var done = new List<Run>();
        var running = new List<Task<Run>>();
        var delivered = 0;
        do
        {
            lock (hub.Gate)
            {
                for (; delivered < hub.Invocations.Count; delivered++)
                {
                    var (name, payload) = hub.Invocations[delivered];
                    if (name != FunctionName)
                    {
                        throw new InvalidOperationException($"The scheduler invoked '{name}', not itself ({FunctionName}).");
                    }

                    running.Add(Task.Run(() => InvokeAsync(function, payload, hub.Clock)));
                }
            }

            if (running.Count == 0)
            {
                break;
            }

            var finished = await Task.WhenAny(running);
            running.Remove(finished);
            done.Add(await finished);
        }
        while (true);

        return done;
    }

    private static async Task<Run> InvokeAsync(CostOps.Scheduler.Function function, string payload, TimeProvider? clock = null)
    {
        var worker = payload.Contains("\"account\"", StringComparison.Ordinal);
        try
        {
            await using var result = await function.HandleAsync(new MemoryStream(Encoding.UTF8.GetBytes(payload)));
            using var body = await JsonDocument.ParseAsync(result);
            var failed = body.RootElement.TryGetProperty("failed", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : 0;
            return new Run(worker, null, failed, clock?.GetUtcNow() ?? default);
        }
        catch (InvocationFailedException ex)
        {
            using var body = JsonDocument.Parse(ex.ResultUtf8Json);
            var failed = body.RootElement.TryGetProperty("failed", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : 0;
            return new Run(worker, ex.Failure, failed, clock?.GetUtcNow() ?? default);
        }
    }

    /// <summary>The hub (management account) and <paramref name="accounts"/> members in each region, <paramref name="services"/> services over <see cref="Clusters"/> clusters each, half auto-scaled.</summary>
    private static SimulatedOrganization Create(int accounts, int services, FakeTimeProvider clock)
    {
        // No usage ledger and tasks that take an hour to start: no costs are read and the scheduler never waits for tasks.
        var options = new SimulatorOptions { EcsThrottling = true, RecordUsage = false, StartupDelay = TimeSpan.FromHours(1) };
        var organization = new SimulatedOrganization(options, clock) { MemberRoleName = Role };
        foreach (var id in AccountIds(accounts))
        {
            foreach (var region in RegionNames)
            {
                var account = organization.AddAccount(id, region, options);
                var definition = account.RegisterTaskDefinition("app", 512, 1024, "ARM64");
                for (var c = 0; c < Clusters; c++)
                {
                    account.AddCluster($"cluster-{c}");
                }

                for (var i = 0; i < services; i++)
                {
                    var tag = FleetSchedules.TagFor(i);
                    account.AddService($"cluster-{i % Clusters}", $"svc-{i:D4}", 1 + (i % 4), definition, tags: tag is null ? [] : [("costops:schedule", tag)]);
                    if (i % 2 == 0)
                    {
                        account.AddScalableTarget($"cluster-{i % Clusters}", $"svc-{i:D4}", 1, 8);
                    }
                }
            }
        }

        return organization;
    }

    private static IEnumerable<string> AccountIds(int accounts) => Enumerable.Range(1, accounts).Select(i => (100000000000L + i).ToString(CultureInfo.InvariantCulture));

    private static Dictionary<string, string?> Variables(SimulatedOrganization organization)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal) { ["AWS_LAMBDA_FUNCTION_NAME"] = FunctionName };
        foreach (var (key, value) in SimulatedAws.Variables(organization.Hub))
        {
            variables[key] = value;
        }

        var accounts = organization.Accounts.Select(a => a.Options.AccountId).Where(a => a != organization.ManagementAccountId).Distinct();
        var clusters = string.Join(',', Enumerable.Range(0, Clusters).Select(c => $"\"cluster-{c}\""));
        variables["COSTOPS_TARGETS"] = $$"""{"role":"{{Role}}","regions":["{{string.Join("\",\"", RegionNames)}}"],"targets":[{"accounts":["{{string.Join("\",\"", accounts)}}"],"clusters":[{{clusters}}]}]}""";
        variables["COSTOPS_TABLE"] = "costops-state";
        variables["COSTOPS_FUNCTION_TIMEOUT_SECONDS"] = "900";
        variables["COSTOPS_SCHEDULES"] = FleetSchedules.ConfigurationJson;
        return variables;
    }

    /// <summary>The token-bucket floor of one account-region stopping every service with the fewest calls (see <see cref="FullRunBenchmark"/>).</summary>
    private static double OnePassFloorSeconds(int services) => FullRunBenchmark.OnePassFloorSeconds(services, Clusters, services);

    public static string Markdown(Result r)
    {
        var reads = new[] { "ListClusters", "DescribeClusters", "ListServices", "DescribeServices" }.Sum(op => ApiModel.Get(r.Calls, op));
        return string.Create(CultureInfo.InvariantCulture, $"""

            ## Organisation-wide stop (hub and workers on one virtual clock)

            {r.Accounts} accounts × {r.Regions} regions × {r.ServicesPerTarget:N0} services ({Clusters} clusters each, half auto-scaled), one simulated organisation
            (ECS's buckets on per account-region) on one clock. The scheduler's Lambda entry point in hub mode is invoked once and
            queues one worker per account-region with Lambda Invoke; every queued invocation then runs concurrently through the same
            function (each worker assumes the member role through the simulated STS, default concurrency), continuations included,
            until none is left. Waits jump the shared clock and overlap. Simulated calls take no virtual time: the time is what the
            rate limits allow. Floor = one account-region with the fewest calls through ECS's buckets (listing, then one UpdateService
            and one TagResource per service).

            | workers | invocations | failed invocations | stopped | failed services | AssumeRole | ECS reads | UpdateService | TagResource | Lambda Invoke | state PutItem | throttled answers | hub s | organisation s | floor of one account-region s | organisation / floor | wall s |
            | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | {r.Workers} | {r.Invocations} | {r.FailedInvocations} | {r.Stopped:N0} | {r.Failed} | {ApiModel.Get(r.Calls, "AssumeRole")} | {reads:N0} | {ApiModel.Get(r.Calls, "UpdateService"):N0} | {ApiModel.Get(r.Calls, "TagResource"):N0} | {ApiModel.Get(r.Calls, "Invoke")} | {ApiModel.Get(r.Calls, "DynamoDB PutItem (state)"):N0} | {r.Throttled:N0} | {r.HubSeconds:0.00} | {r.OrganizationSeconds:0.0} | {r.FloorSeconds:0.0} | **{r.Ratio:0.000}×** | {r.WallSeconds:0} |

            """);
    }
}
