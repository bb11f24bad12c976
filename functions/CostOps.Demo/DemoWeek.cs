using System.Text.Json;
using CostOps.Core.State;
using CostOps.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Demo;

/// <summary>
/// One week of the demo fleet with CostOps deployed, minute by minute on a virtual clock: the triggers fire the
/// real functions, ECS events go to the Spot manager as EventBridge delivers them (duplicates included), and
/// Lambda continuations are invoked. Everything is seeded: the same week every run.
/// </summary>
public static class DemoWeek
{
    public static async Task<DemoResult> RunAsync(string reportsDirectory)
    {
        var clock = new FakeTimeProvider(SeedFleet.LaunchedAt);
        var account = SeedFleet.Create(clock);
        var handler = new SimulatorHandler(account);
        var store = new InMemoryStateStore(clock);
        clock.SetUtcNow(SeedFleet.WeekStart);
        account.Sync();
        var before = Hours(account);
        var alwaysOn = account.Services.Select(s => (s.TaskDefinition, s.DesiredCount)).ToList();
        var functions = new DemoFunctions(account, handler, store, new CostOps.Core.State.InMemorySpotUsageLog(), clock);
        var timeline = new TimelineRecorder(account);
        var routes = new RouteWatcher(account, timeline.Entries);

        for (var t = SeedFleet.WeekStart; t < SeedFleet.WeekEnd; t = t.AddMinutes(1))
        {
            if (clock.GetUtcNow() < t)
            {
                clock.SetUtcNow(t);
            }

            account.Sync();
            foreach (var ecsEvent in account.Events.TakeDue(t))
            {
                timeline.Delivered(t, ecsEvent, await functions.SpotManager.InvokeAsync(ecsEvent));
            }

            foreach (var wakeUp in account.TakeDueSchedules())
            {
                timeline.Scheduler(wakeUp.TargetArn == DemoFunctions.SchedulerArn(account)
                    ? await functions.Scheduler.InvokeAsync(wakeUp.Input ?? "{}")
                    : ([], $"schedule {wakeUp.Name} targets {wakeUp.TargetArn}, not the scheduler"));
            }

            if (t == DemoWake.RequestAt)
            {
                routes.Requested(t, await functions.Wake.InvokeAsync(DemoWake.Request(account)));
            }

            if (DemoTriggers.SchedulerTick(t))
            {
                timeline.Scheduler(await functions.Scheduler.InvokeAsync(DemoTriggers.SafetyTick));
            }

            if (DemoTriggers.SpotTick(t))
            {
                timeline.Spot(await functions.SpotManager.InvokeAsync(DemoTriggers.SpotTickInput));
            }

            while (TakeInvocation(account) is { } continuation)
            {
                timeline.Scheduler(await functions.Scheduler.InvokeAsync(continuation));
            }

            if (DemoTriggers.WeeklyReport(t))
            {
                timeline.Other(functions.CostReport.Name, await functions.CostReport.InvokeAsync(DemoTriggers.WeeklyReportInput));
            }

            if (DemoTriggers.BudgetCheck(t))
            {
                timeline.Other(functions.BudgetAlerts.Name, await functions.BudgetAlerts.InvokeAsync(DemoTriggers.BudgetCheckInput));
            }

            timeline.Account();
            routes.Look(t);
        }

        clock.SetUtcNow(SeedFleet.WeekEnd);
        account.Sync();
        await timeline.ActivityAsync(store, SeedFleet.WeekStart, SeedFleet.WeekEnd).ConfigureAwait(false);
        var after = Hours(account);
        var week = account.Services.Select(s => (s.TaskDefinition, after[(s.Arn, false)] - before[(s.Arn, false)], after[(s.Arn, true)] - before[(s.Arn, true)]));
        var savings = SavingsTable.Compute(account.Ledger.Model, week, alwaysOn);
        return new DemoResult(timeline.Entries, [.. account.Outbox], WriteReport(account, reportsDirectory), savings,
            functions.All.ToDictionary(f => f.Name, f => f.Invocations), functions.All.Sum(f => f.Failures), account);
    }

    private static Dictionary<(string Arn, bool Spot), decimal> Hours(SimulatedAccount account)
    {
        lock (account.Gate)
        {
            return account.Services.SelectMany(s => new[] { false, true }.Select(spot => (s.Arn, spot)))
                .ToDictionary(k => k, k => account.Ledger.TaskHours(k.Arn, k.spot));
        }
    }

    private static string? TakeInvocation(SimulatedAccount account)
    {
        lock (account.Gate)
        {
            if (account.Invocations.Count == 0)
            {
                return null;
            }

            var (_, payload) = account.Invocations[0];
            account.Invocations.RemoveAt(0);
            return payload;
        }
    }

    private static string? WriteReport(SimulatedAccount account, string directory)
    {
        var (key, html) = account.Objects.Where(o => o.Key.EndsWith(".html", StringComparison.Ordinal)).OrderBy(o => o.Key, StringComparer.Ordinal).LastOrDefault();
        if (key is null)
        {
            return null;
        }

        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "demo-" + Path.GetFileName(key));
        File.WriteAllBytes(path, html);
        return path;
    }

    internal static JsonElement? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
