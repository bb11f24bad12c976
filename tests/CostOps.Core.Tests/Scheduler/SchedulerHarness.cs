using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Schedules;
using CostOps.Core.State;
using CostOps.TestSupport;
using Moq;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Core.Tests.Scheduler;

/// <summary>A reconciler wired to a fake fleet and the in-memory stores, on a manual clock.</summary>
internal sealed class SchedulerHarness
{
    /// <summary>Monday 2026-03-02 21:00 UTC: outside office hours.</summary>
    public static readonly DateTimeOffset Evening = new(2026, 3, 2, 21, 0, 0, TimeSpan.Zero);

    /// <summary>Tuesday 2026-03-03 09:00 UTC: inside office hours.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public SchedulerHarness(DateTimeOffset? at = null)
    {
        Time = new FakeTimeProvider(at ?? Evening);
        Gated = new GatedStateStore(Store, Activity, Fleet.Gate);
    }

    public FakeFleet Fleet { get; } = new();

    public InMemorySchedulerStateStore Store { get; } = new();

    public InMemoryActivityLog Activity { get; } = new();

    public GatedStateStore Gated { get; }

    public FakeTimeProvider Time { get; }

    public Mock<IScheduleDecider> Decider { get; } = OfficeHoursDecider.Create();

    public Mock<IMetricSink> Metrics { get; } = new();

    public Mock<IStructuredLog> Log { get; } = new();

    /// <summary>When set, used instead of <see cref="Log"/>.</summary>
    public IStructuredLog? LogSink { get; set; }

    public SchedulerOptions Options { get; set; } = new() { Region = "eu-west-1" };

    /// <summary>The load balancer for wake routing; null leaves routing off, as when it is not configured.</summary>
    public FakeLoadBalancer? Balancer { get; set; }

    /// <summary>Mutating fleet and load balancer calls plus state and activity writes so far.</summary>
    public int Mutations => Fleet.Calls.Count + (Balancer?.Calls.Count ?? 0) + Gated.Writes;

    public SchedulerReconciler Create() => new(Decider.Object,
        new SchedulerPorts(Fleet, Fleet, Fleet, Fleet, Fleet, Gated, Gated, Routing: Balancer), Options, Metrics.Object, LogSink ?? Log.Object, Time);

    public Task<SchedulerRunSummary> RunAsync(bool dryRun = false, string? token = null) =>
        Create().RunAsync(new SchedulerRunRequest(token, dryRun), CancellationToken.None);

    public Task<SchedulerRunSummary> RunAtAsync(DateTimeOffset at)
    {
        Time.SetUtcNow(at);
        return RunAsync();
    }

    public Task<Core.Scheduler.Ports.ServiceState?> StateAsync(string name) => Store.GetAsync(FakeFleet.Arn(name), CancellationToken.None);
}
