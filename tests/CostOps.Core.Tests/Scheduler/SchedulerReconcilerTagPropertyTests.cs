using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Schedules;
using CostOps.Core.State;
using CsCheck;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Core.Tests.Scheduler;

/// <summary>Through a whole run: a schedule tag that cannot be read leaves the service exactly as it is and is reported with its text.</summary>
public class SchedulerReconcilerTagPropertyTests
{
    private static readonly Gen<string> Tag = Gen.Frequency(
        (2, Gen.String),
        (3, Gen.OneOf("mon-fri 08:00-20:00 UTC", "daily 00:00-24:00 Europe/Berlin", "mon-fri 25:00-26:00 UTC", "daily 24:00-08:00 UTC",
            "mon-fri 08:00-20:00", "mon-fri 08:00-20:00 Mars/Olympus_Mons", "sat 10:00-12:00 UTC lead=99999", "daily 10:00-12:00 UTC skip=2026-02-30",
            "daily 10:00-12:00 UTC skip=0000-01-01+9999-12-31", "none", "NONE ", "office", "mon-fri 08:00-20:00,sat 10:00-12:00 UTC", "", " ")));

    [Fact]
    public void RunAsync_AnyScheduleTag_ReadableActsOrUnreadableSkipsWithTheTextAndChangesNothing() => Tag.Sample(value =>
    {
        var fleet = new FakeFleet();
        var store = new GatedStateStore(new InMemorySchedulerStateStore(), new InMemoryActivityLog(), fleet.Gate);
        var time = new FakeTimeProvider(SchedulerHarness.Evening);
        fleet.Add("api", 2, tags: new Dictionary<string, string> { [ScheduleDecider.ScheduleTagKey] = value });
        var decider = new ScheduleDecider(ScheduleConfiguration.Empty);
        var reconciler = new SchedulerReconciler(decider, new SchedulerPorts(fleet, fleet, fleet, fleet, fleet, store, store),
            new SchedulerOptions { Region = "eu-west-1" }, Quiet.Instance, Quiet.Instance, time);

        var summary = reconciler.RunAsync(new SchedulerRunRequest(null, false), CancellationToken.None).GetAwaiter().GetResult();

        var outcome = Assert.Single(summary.Services);
        if (decider.Decide(fleet.Get("api").Tags, time.GetUtcNow()).Desired == DesiredRunState.Invalid)
        {
            Assert.Equal(ServiceAction.Skip, outcome.Action);
            Assert.StartsWith($"costops:schedule value '{value}' ", outcome.Error, StringComparison.Ordinal);
            Assert.Empty(fleet.Calls);
            Assert.Equal(0, store.Writes);
            Assert.Equal(2, fleet.Get("api").DesiredCount);
        }
        else
        {
            Assert.Null(outcome.Error);
        }
    }, iter: 300);

    private sealed class Quiet : IMetricSink, IStructuredLog
    {
        public static readonly Quiet Instance = new();

        public void Add(string name, double value, MetricUnit unit)
        {
        }

        public void Write(LogLevel level, string eventName, string message, IReadOnlyList<LogField> fields)
        {
        }
    }
}
