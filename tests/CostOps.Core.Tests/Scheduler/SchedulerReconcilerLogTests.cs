using System.Globalization;
using CostOps.Core.Observability;
using static CostOps.Core.Tests.Scheduler.SchedulerHarness;

namespace CostOps.Core.Tests.Scheduler;

public sealed class SchedulerReconcilerLogTests
{
    private const int Fleet = 300;

    private static SchedulerHarness QuietFleet(LogLevel level)
    {
        var h = new SchedulerHarness(Morning) { LogSink = new RecordingLog(level) };
        for (var i = 0; i < Fleet; i++)
        {
            h.Fleet.Add("svc-" + i.ToString("D4", CultureInfo.InvariantCulture), 2);
        }

        h.Fleet.Add("unmanaged", 1, tags: new());
        h.Fleet.Add("daemon", 1, strategy: Core.Scheduler.Ports.SchedulingStrategy.Daemon);
        return h;
    }

    [Fact]
    public async Task RunAsync_QuietTickAtInfo_WritesOneSummaryLineWhateverTheFleetSize()
    {
        var h = QuietFleet(LogLevel.Info);

        var summary = await h.RunAsync();

        var lines = ((RecordingLog)h.LogSink!).Lines;
        Assert.Equal(Fleet + 1, summary.Unchanged);
        Assert.Equal(1, summary.Skipped);
        var line = Assert.Single(lines);
        Assert.Equal("scheduler.summary", line.Event);
        Assert.Contains(new LogField("unchanged", (Fleet + 1).ToString(CultureInfo.InvariantCulture)), line.Fields);
    }

    [Fact]
    public async Task RunAsync_QuietTickAtDebug_WritesALinePerServiceAtDebug()
    {
        var h = QuietFleet(LogLevel.Debug);

        await h.RunAsync();

        var lines = ((RecordingLog)h.LogSink!).Lines;
        Assert.Equal(Fleet + 2, lines.Count(l => l.Event == "scheduler.service" && l.Level == LogLevel.Debug));
        Assert.Single(lines, l => l.Event == "scheduler.summary");
    }

    [Fact]
    public async Task RunAsync_OneStopInAQuietFleet_WritesItsLineAndTheSummaryOnly()
    {
        var h = new SchedulerHarness { LogSink = new RecordingLog(LogLevel.Info) };
        h.Fleet.Add("api", 3);
        for (var i = 0; i < 50; i++)
        {
            h.Fleet.Add("idle-" + i.ToString(CultureInfo.InvariantCulture), 0);
        }

        await h.RunAsync();

        var lines = ((RecordingLog)h.LogSink!).Lines;
        Assert.Equal(2, lines.Count);
        var stop = Assert.Single(lines, l => l.Event == "scheduler.service");
        Assert.Equal(LogLevel.Info, stop.Level);
        Assert.Contains(new LogField("action", "Stop"), stop.Fields);
        Assert.Contains(new LogField("service", "api"), stop.Fields);
    }

    [Fact]
    public async Task RunAsync_OverrideAppearsOnARunningService_LogsTheChangeOnce()
    {
        var h = new SchedulerHarness { LogSink = new RecordingLog(LogLevel.Info) };
        h.Fleet.Add("api", 3, tags: new() { ["costops:schedule"] = "office", ["keep-running"] = "2026-03-03T18:00:00Z" });

        await h.RunAsync();
        await h.RunAtAsync(Evening.AddMinutes(15));

        var lines = ((RecordingLog)h.LogSink!).Lines;
        var change = Assert.Single(lines, l => l.Event == "scheduler.service");
        Assert.Contains(change.Fields, f => f.Key == "override" && f.Value!.Contains("keep-running until", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(l => l.Event == "scheduler.summary"));
    }

    [Fact]
    public async Task RunAsync_UnreadableScheduleTag_LogsTheSkipWithItsErrorAtWarning()
    {
        var h = new SchedulerHarness { LogSink = new RecordingLog(LogLevel.Info) };
        h.Fleet.Add("api", 3, tags: new() { ["costops:schedule"] = "not-a-schedule" });

        await h.RunAsync();

        var skip = Assert.Single(((RecordingLog)h.LogSink!).Lines, l => l.Event == "scheduler.service");
        Assert.Equal(LogLevel.Warning, skip.Level);
        Assert.Contains(new LogField("action", "Skip"), skip.Fields);
    }
}
