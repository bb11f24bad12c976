using CostOps.Core.Scheduler;
using CostOps.Core.Schedules;
using CsCheck;

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
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 2, tags: new Dictionary<string, string> { [ScheduleDecider.ScheduleTagKey] = value });
        var decider = new ScheduleDecider(ScheduleConfiguration.Empty);
        var reconciler = new SchedulerReconciler(decider, new SchedulerPorts(h.Fleet, h.Fleet, h.Fleet, h.Fleet, h.Fleet, h.Gated, h.Gated),
            h.Options, h.Metrics.Object, h.Log.Object, h.Time);

        var summary = reconciler.RunAsync(new SchedulerRunRequest(null, false), CancellationToken.None).GetAwaiter().GetResult();

        var outcome = Assert.Single(summary.Services);
        if (decider.Decide(h.Fleet.Get("api").Tags, h.Time.GetUtcNow()).Desired == DesiredRunState.Invalid)
        {
            Assert.Equal(ServiceAction.Skip, outcome.Action);
            Assert.StartsWith($"costops:schedule value '{value}' ", outcome.Error, StringComparison.Ordinal);
            Assert.Equal(0, h.Mutations);
            Assert.Equal(2, h.Fleet.Get("api").DesiredCount);
        }
        else
        {
            Assert.Null(outcome.Error);
        }
    }, iter: 300);
}
