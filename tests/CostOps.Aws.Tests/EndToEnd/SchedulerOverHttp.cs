using CostOps.Aws.Adapters;
using CostOps.Aws.AutoScaling;
using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Aws.Lambda;
using CostOps.Aws.Tests.Http;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Schedules;
using CostOps.Core.State;
using CostOps.Simulator;
using Moq;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Aws.Tests.EndToEnd;

/// <summary>
/// The production scheduler stack — reconciler, schedule decider, adapters, clients and <see cref="AwsTransport"/> —
/// over the simulated account's <see cref="SimulatorHandler"/>, with in-memory state and a manual clock that only waits move.
/// </summary>
internal sealed class SchedulerOverHttp
{
    public const string FunctionName = "costops-scheduler";
    public const string ClusterTagKey = "costops:managed";

    private readonly Lock _clockGate = new();
    private readonly Random _jitter;
    private readonly ScheduleDecider _decider;

    /// <param name="account">The account; its clock is moved to <paramref name="startsAt"/> and its seed drives throttling and jitter.</param>
    public SchedulerOverHttp(SimulatedAccount account, string startsAt, string schedulesJson, AwsTransportOptions? transportOptions = null)
    {
        Clock = account.Clock;
        Clock.SetUtcNow(DateTimeOffset.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture));
        Handler = new SimulatorHandler(account);
        Delay = new VirtualDelay(Clock, _clockGate);
        _jitter = new Random(account.Options.Seed);
        _decider = new ScheduleDecider(ScheduleConfiguration.FromJson(schedulesJson));
        Transport = new AwsTransport(
            new HttpClient(Handler),
            new FixedCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            new AwsEndpointResolver(new Dictionary<string, string> { ["AWS_REGION"] = account.Region }),
            transportOptions ?? new AwsTransportOptions(),
            Clock,
            Delay,
            NextJitter,
            Statistics);
    }

    public FakeTimeProvider Clock { get; }

    public SimulatorHandler Handler { get; }

    public SimulatedAccount Account => Handler.Account;

    public VirtualDelay Delay { get; }

    public AwsCallStatistics Statistics { get; } = new();

    public AwsTransport Transport { get; }

    public InMemorySchedulerStateStore Store { get; } = new();

    public InMemoryActivityLog Activity { get; } = new();

    /// <summary>Moves the clock by <paramref name="by"/> (safe while calls are in flight).</summary>
    public void Advance(TimeSpan by)
    {
        lock (_clockGate)
        {
            Clock.Advance(by);
        }
    }

    public void SetClock(string iso8601)
    {
        lock (_clockGate)
        {
            Clock.SetUtcNow(DateTimeOffset.Parse(iso8601, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>One invocation: adapters and reconciler are built afresh, as in a new Lambda instance; the account, state and transport persist.</summary>
    public Task<SchedulerRunSummary> RunAsync(SchedulerOptions? options = null, SchedulerRunRequest? request = null)
    {
        var ecs = new EcsClient(Transport);
        var log = Mock.Of<IStructuredLog>();
        var ports = new SchedulerPorts(
            new EcsServiceInventory(ecs, new EcsInventoryOptions { ClusterTagKey = ClusterTagKey, ClusterTagValue = "true" }, log),
            new EcsServiceCapacity(ecs),
            new AutoScalingServiceScaling(new ApplicationAutoScalingClient(Transport)),
            new EcsServiceTagger(ecs),
            new LambdaRunContinuation(new LambdaClient(Transport), FunctionName),
            Store,
            Activity);
        var reconciler = new SchedulerReconciler(_decider, ports, options ?? new SchedulerOptions { Region = Account.Region },
            Mock.Of<IMetricSink>(), log, Clock);
        return reconciler.RunAsync(request ?? new SchedulerRunRequest(), CancellationToken.None);
    }

    /// <summary>Mutating calls the fake answered, whatever their outcome.</summary>
    public int MutatingCalls => Handler.Calls("UpdateService") + Handler.Calls("RegisterScalableTarget") + Handler.Calls("TagResource");

    private double NextJitter()
    {
        lock (_jitter)
        {
            return _jitter.NextDouble();
        }
    }
}
