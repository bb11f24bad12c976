using CostOps.Aws.Adapters;
using CostOps.Aws.Http;
using CostOps.Cli.Aws;
using CostOps.Cli.Fleet;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Schedules;
using CostOps.Core.State;
using CostOps.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Cli.Tests.Fakes;

/// <summary>
/// A simulated account with cluster dev (api: 2 tasks, auto-scaled 2..4; web: 1 task; batch: costops:schedule=none),
/// office hours mon-fri 08:00-20:00 UTC, an in-memory state table, and the command line pointed at it all.
/// The clock starts on Monday 23 November 2026 at 19:30 UTC, half an hour before the evening boundary.
/// </summary>
public sealed class SimulatedFleet
{
    public const string Schedules = """{"default":"office-hours","schedules":{"office-hours":{"timezone":"UTC","periods":["mon-fri 08:00-20:00"]}}}""";

    public static readonly DateTimeOffset Start = new(2026, 11, 23, 19, 30, 0, TimeSpan.Zero);

    public SimulatedFleet()
    {
        Account = new SimulatedAccount(new SimulatorOptions { Region = "eu-west-1" }, Clock);
        Account.AddCluster("dev");
        var small = Account.RegisterTaskDefinition("dev-small", 256, 512);
        Account.AddService("dev", "api", 2, small);
        Account.AddService("dev", "web", 1, small);
        Account.AddService("dev", "batch", 1, small, tags: ("costops:schedule", "none"));
        Account.AddScalableTarget("dev", "api", 2, 4);
        Account.Sync();
        Handler = new SimulatorHandler(Account);
        Store = new InMemoryStateStore(Clock);
        foreach (var (key, value) in SimulatedAws.Variables(Account))
        {
            Environment[key] = value;
        }

        Environment["COSTOPS_CLUSTERS"] = "dev";
        Environment["COSTOPS_SCHEDULES"] = Schedules;
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public SimulatedAccount Account { get; }

    public SimulatorHandler Handler { get; }

    public InMemoryStateStore Store { get; }

    public HttpMessageHandler? AwsHandlerOverride { get; set; }

    /// <summary>Reads the state through the DynamoDB store (over the AWS handler) instead of the in-memory one.</summary>
    public bool UseDynamoDb { get; set; }

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>What the command line reads from standard input.</summary>
    public string Input { get; set; } = string.Empty;

    public StringWriter Out { get; private set; } = new();

    public StringWriter Error { get; private set; } = new();

    public async Task<int> RunAsync(params string[] args)
    {
        Out = new StringWriter();
        Error = new StringWriter();
        var host = new CliHost(Environment, Path.GetTempPath(), Path.GetTempPath(), new FakeProcessRunner(), new AwsClientFactory(Environment, Clock), Out, Error, true)
        {
            Time = Clock,
            AwsHandler = AwsHandlerOverride ?? Handler,
            StateStore = UseDynamoDb ? null : Store,
            Input = new StringReader(Input),
        };
        return await CliApp.RunAsync(args, host);
    }

    /// <summary>Runs the real scheduler once (not a dry run) at the current time, as the deployed function would.</summary>
    public async Task<SchedulerRunSummary> RunSchedulerAsync()
    {
        var log = new QuietLog();
        var aws = new CostOps.Aws.AwsAccess(Environment, Clock, log, handler: Handler);
        var ports = new CostOps.Core.Scheduler.SchedulerPorts(
            new EcsServiceInventory(aws.Ecs, new EcsInventoryOptions { Clusters = ["dev"] }, log),
            new EcsServiceCapacity(aws.Ecs),
            new AutoScalingServiceScaling(aws.AutoScaling),
            new EcsServiceTagger(aws.Ecs),
            new NoContinuation(),
            Store,
            Store);
        var reconciler = new SchedulerReconciler(new ScheduleDecider(ScheduleConfiguration.FromJson(Schedules)), ports, new SchedulerOptions(), log, log, Clock);
        var summary = await reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);
        Account.Sync();
        return summary;
    }

    public void At(DateTimeOffset time)
    {
        Clock.SetUtcNow(time);
        Account.Sync();
    }
}
