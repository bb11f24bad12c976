using CostOps.Demo;

namespace CostOps.Simulator.Tests;

/// <summary>The seed fleet's week through the real functions' entry points, checked against what a person works out by hand.</summary>
public sealed class DemoWeekTests(DemoWeekFixture fixture) : IClassFixture<DemoWeekFixture>
{
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private readonly DemoResult _result = fixture.Result;

    [Fact]
    public void RunAsync_SeedWeek_EveryInvocationSucceeds()
    {
        Assert.Equal(0, _result.InvocationFailures);
        Assert.Equal(1, _result.Invocations["costops-cost-report"]);
        Assert.Equal(28, _result.Invocations["costops-budget-alerts"]);
    }

    [Fact]
    public void RunAsync_SeedWeek_TheSchedulerSetsItsOwnWakeUpForEachBoundaryAndLeavesTheNextOneInPlace()
    {
        var wakeUps = _result.Account.Changes.Where(c => c.Resource.StartsWith("schedule/costops-boundary/", StringComparison.Ordinal)).ToList();

        // Set at deployment for Thu 08:00 PDT, then after each of the ten boundaries for the next one, and once for
        // the keep-running expiry (Mon 22:00 PST), which is a change of its own. dev-frontend's load balancer rule adds
        // a look one minute after each start (Tue and Wed 08:00, and the wake at Tue 21:30) to restore it once healthy,
        // then the woken service's override end (Tue 23:30 PST) and the morning boundary after it.
        Assert.Equal(17, wakeUps.Count);
        Assert.Contains(wakeUps, w => w.At == Utc("2026-11-03T04:00") && w.What == "wake-up set: at(2026-11-03T06:00:00)");
        Assert.Equal("wake-up set: at(2026-10-29T15:00:00)", wakeUps[0].What);
        Assert.Contains(wakeUps, w => w.At == Utc("2026-11-04T05:30") && w.What == "wake-up set: at(2026-11-04T05:31:00)");
        Assert.Contains(wakeUps, w => w.At == Utc("2026-11-04T05:31") && w.What == "wake-up set: at(2026-11-04T07:30:00)");
        Assert.Equal("at(2026-11-05T16:00:00)", Assert.Single(_result.Account.Schedules.Values).Expression);
    }

    [Fact]
    public void RunAsync_SeedWeek_StopsAt2000LocalOnBothSidesOfTheDstChange()
    {
        string[] scheduled = ["dev-backend", "prod-backend", "prod-frontend"];
        var evenings = _result.Timeline.Where(e => e.Kind == "Stop" && scheduled.Contains(e.Subject) && e.At > SeedFleet.WeekStart).ToList();

        // Thu 29, Fri 30 Oct in PDT (03:00 UTC), Mon 2 to Wed 4 Nov in PST (04:00 UTC).
        DateTimeOffset[] expected = [Utc("2026-10-30T03:00"), Utc("2026-10-31T03:00"), Utc("2026-11-03T04:00"), Utc("2026-11-04T04:00"), Utc("2026-11-05T04:00")];
        Assert.All(scheduled, name => Assert.Equal(expected, evenings.Where(e => e.Subject == name).Select(e => e.At)));
        Assert.All(evenings, e => Assert.Equal(20, TimeZoneInfo.ConvertTime(e.At, LosAngeles).Hour));
        Assert.Contains("21:00 PDT (an hour late)", DemoPrinter.Dst(_result), StringComparison.Ordinal);
    }

    [Fact]
    public void RunAsync_KeepRunningUntilMonday2200_HonouredOverTheWeekendThenStoppedWhenItExpires()
    {
        var frontend = _result.Timeline.Where(e => e.Subject == "dev-frontend").ToList();

        Assert.StartsWith("OverrideInForce", Assert.Single(frontend, e => e.Kind == "Override" && e.At == SeedFleet.WeekStart).Why, StringComparison.Ordinal);
        var firstStop = frontend.First(e => e.Kind == "Stop");
        Assert.Equal(Utc("2026-11-03T06:00"), firstStop.At);
        Assert.Contains(frontend, e => e.Kind == "Override" && e.Why.StartsWith("OverrideExpired", StringComparison.Ordinal) && e.At == firstStop.At);
        Assert.Equal([Utc("2026-11-03T06:00"), Utc("2026-11-04T04:00"), Utc("2026-11-04T07:30"), Utc("2026-11-05T04:00")], frontend.Where(e => e.Kind == "Stop").Select(e => e.At));
    }

    [Fact]
    public void RunAsync_VisitorTuesday2130_RuleSwappedAtTheStopServiceWokenRuleRestoredOnceHealthyStoppedWhenTheOverrideEnds()
    {
        var evening = _result.Timeline
            .Where(e => e.Subject == DemoWake.Service && e.At >= Utc("2026-11-04T04:00") && e.At < Utc("2026-11-04T16:00") && e.Kind is "Stop" or "Start" or "Route" or "Wake")
            .Select(e => (e.At, e.Kind)).ToList();
        var wake = Assert.Single(_result.Timeline, e => e.Kind == "Wake");

        Assert.Equal(
            [
                (Utc("2026-11-04T04:00"), "Stop"), (Utc("2026-11-04T04:00"), "Route"),
                (Utc("2026-11-04T05:30"), "Wake"), (Utc("2026-11-04T05:30"), "Start"),
                (Utc("2026-11-04T05:31"), "Route"),
                (Utc("2026-11-04T07:30"), "Stop"), (Utc("2026-11-04T07:30"), "Route"),
            ],
            evening.OrderBy(e => e.At).ThenBy(e => e.Kind == "Route").ThenBy(e => e.Kind == "Start"));
        Assert.Contains("keep-running until 2026-11-04T07:30Z", wake.Why, StringComparison.Ordinal);
        Assert.Contains("wake function", Assert.Single(_result.Timeline, e => e.Kind == "Route" && e.At == Utc("2026-11-04T04:00")).Why, StringComparison.Ordinal);
        Assert.Contains("healthy", Assert.Single(_result.Timeline, e => e.Kind == "Route" && e.At == Utc("2026-11-04T05:31")).Why, StringComparison.Ordinal);
        Assert.Equal(1, _result.Invocations["costops-wake"]);
        Assert.DoesNotContain(_result.Timeline, e => e.Kind == "Failure");
    }

    [Fact]
    public void RunAsync_AutoScaledBackend_BoundsZeroedEachEveningAndRestoredToExactlyTwoToSixWithTwoTasksEachMorning()
    {
        var changes = _result.Account.Changes.Where(c => c.Resource.EndsWith("prod-backend", StringComparison.Ordinal) && c.At >= SeedFleet.WeekStart).ToList();
        DateTimeOffset[] mornings = [Utc("2026-10-29T15:00"), Utc("2026-10-30T15:00"), Utc("2026-11-02T16:00"), Utc("2026-11-03T16:00"), Utc("2026-11-04T16:00")];

        Assert.Equal(mornings, changes.Where(c => c.What == "Auto Scaling [0, 0] -> [2, 6]").Select(c => c.At));
        Assert.Equal(mornings, changes.Where(c => c.What.StartsWith("desired 0 -> 2", StringComparison.Ordinal)).Select(c => c.At));
        Assert.Equal(6, changes.Count(c => c.What == "Auto Scaling [2, 6] -> [0, 0]"));
        Assert.DoesNotContain(changes, c => c.What.Contains("desired 0 -> 1", StringComparison.Ordinal) || c.What.Contains("-> 3", StringComparison.Ordinal));
    }

    [Fact]
    public void RunAsync_SpotShortageTuesdayAfternoon_TheSpotManagerFallsBackToOnDemandAndReturnsAfterTheCooldown()
    {
        var spot = _result.Timeline.Where(e => e.Subject == "dev-backend" && e.At >= SeedFleet.ShortageFrom && e.At < SeedFleet.ShortageFrom.AddHours(2)).ToList();

        Assert.Contains(spot, e => e.At == SeedFleet.ShortageFrom && e.Kind == "Interruption");
        Assert.Contains(spot, e => e.Kind == "Spot" && e.Why.Contains("already counted", StringComparison.Ordinal));
        Assert.Contains(spot, e => e.Kind == "Event" && e.Why.Contains("SERVICE_TASK_PLACEMENT_FAILURE RESOURCE:FARGATE", StringComparison.Ordinal));
        Assert.Equal(Utc("2026-11-03T22:02"), Assert.Single(spot, e => e.Kind == "Fallback").At);
        Assert.Equal(Utc("2026-11-03T23:05"), Assert.Single(spot, e => e.Kind == "Return").At);
        Assert.Equal(
            ["capacity FARGATE_SPOT:1 -> FARGATE:1+FARGATE_SPOT:0", "capacity FARGATE:1+FARGATE_SPOT:0 -> FARGATE:0+FARGATE_SPOT:1"],
            _result.Account.Changes.Where(c => c.Resource.EndsWith("dev-backend", StringComparison.Ordinal) && c.What.StartsWith("capacity", StringComparison.Ordinal)).Select(c => c.What));
        Assert.Equal("FARGATE_SPOT", Assert.Single(_result.Account.Service("dev-backend").CapacityProviderStrategy!, s => s.Weight > 0).CapacityProvider);
    }

    [Fact]
    public void RunAsync_SeedWeek_OneWeeklyMailAndItsHtmlReport()
    {
        var mail = Assert.Single(_result.Mails, m => m.Subject!.StartsWith("CostOps weekly", StringComparison.Ordinal));
        Assert.EndsWith("for 2026-W44", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("SAVINGS THIS WEEK", mail.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(_result.ReportHtmlPath));
        Assert.Contains("<svg", File.ReadAllText(_result.ReportHtmlPath!), StringComparison.Ordinal);
    }

    [Fact]
    public void RunAsync_SeedWeek_TheReportLinkIsSignedAtTheSimulatedTimeForSevenDays()
    {
        var mail = Assert.Single(_result.Mails, m => m.Subject!.StartsWith("CostOps weekly", StringComparison.Ordinal));
        var link = mail.Message.Split('\n').Single(l => l.StartsWith("http", StringComparison.Ordinal)).Trim();
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query);

        Assert.Equal(mail.At.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture), query["X-Amz-Date"]);
        Assert.Equal("604800", query["X-Amz-Expires"]);
    }

    /// <remarks>
    /// By hand. One task-hour: dev (0.25 vCPU, 0.5 GB) $0.0123425 on demand, $0.00370275 on Spot; prod (0.5 vCPU, 1 GB) $0.024685.
    /// An office day runs 12 h less the 1-minute start-up: 11 h 59 min; the week has five (Thu, Fri, Mon, Tue, Wed).
    /// dev-backend on Tuesday: its Spot task is stopped at 14:02 (two minutes after the warning); the Spot manager falls back at
    /// once and an on-demand task runs from 14:03 until the return's Spot task replaces it at 15:06: 1 minute lost, 63 minutes on demand.
    /// dev-frontend runs from Thu 00:00 PDT to Mon 22:00 PST (119 h), then Tue and Wed office days, and woken on Tuesday
    /// evening from 21:31 (21:30 less the start-up) to 23:30 PST: 1 h 59 min; all on Spot.
    /// prod-backend runs 2 tasks, prod-frontend 1. A month is 730 h = 730/168 weeks; fixed lines $23.
    /// </remarks>
    [Fact]
    public void RunAsync_SeedWeek_SavingsMatchTheHandComputedFigures()
    {
        const decimal day = 12m - (1m / 60m);
        const decimal devOnDemand = 0.0123425m, devSpot = 0.00370275m, prod = 0.024685m;
        const decimal fallback = 63m / 60m;
        var devHours = ((5 * day) - (1m / 60m)) + (119m + (2 * day)) + (2m - (1m / 60m));
        var prodHours = 3 * 5 * day;
        var perMonth = 730m / 168m;

        Assert.Equal(decimal.Round((2 * devOnDemand + 3 * prod) * 730m + 23m, 2), decimal.Round(_result.Savings.AlwaysOn, 2));
        Assert.Equal(decimal.Round(((devHours * devOnDemand) + (prodHours * prod)) * perMonth + 23m, 2), decimal.Round(_result.Savings.Scheduled, 2));
        Assert.Equal(decimal.Round((((devHours - fallback) * devSpot) + (fallback * devOnDemand) + (prodHours * prod)) * perMonth + 23m, 2), decimal.Round(_result.Savings.ScheduledSpot, 2));
        Assert.Equal((95.08m, 53.27m, 45.62m), (decimal.Round(_result.Savings.AlwaysOn, 2), decimal.Round(_result.Savings.Scheduled, 2), decimal.Round(_result.Savings.ScheduledSpot, 2)));
    }

    /// <remarks>
    /// By hand. The report of 2026-W44 looks at the 14 days to Monday 2 November 00:00 PST (08:00 UTC), from 19 October 08:00 UTC.
    /// prod-frontend ran 24/7 until CostOps stopped it at Thursday 29 October 00:00 PDT (07:00 UTC): 10 x 24 - 1 = 239 hours with
    /// data, then the office days Thursday and Friday (08:01-20:00, hours 08-19): 24 more; 263 hours = 263 x 30.4375 / 14 a month.
    /// Its peaks (CPU at most 20% of 512 units, memory at most 30% of 1024 MiB) fit 0.25 vCPU / 0.5 GB at 70%: $0.024685 - $0.0123425
    /// an hour, one task (its saved count: it is stopped when the report runs). prod-backend is stopped too (bounds 0/0): the guard
    /// reads its saved maximum, 6 x $0.024685 x 730.5 h.
    /// </remarks>
    [Fact]
    public void RunAsync_SeedWeek_TheWeeklyMailRecommendsASmallerFrontendAndGuardsTheBackendsSavedMaximum()
    {
        var mail = Assert.Single(_result.Mails, m => m.Subject!.StartsWith("CostOps weekly", StringComparison.Ordinal)).Message;
        var saving = (0.024685m - 0.0123425m) * (263m * 30.4375m / 14m) * 1;
        var guard = 6 * 0.024685m * 730.5m;

        Assert.Equal(7.06m, decimal.Round(saving, 2));
        Assert.Matches(FormattableString.Invariant($@"durable-code/prod-frontend\s+\${decimal.Round(saving, 2):0.00}/mo"), mail);
        Assert.Contains("0.5 vCPU / 1 GB -> 0.25 vCPU / 0.5 GB; CPU avg 8% max 20%", mail, StringComparison.Ordinal);
        Assert.Contains("runs 572 h a month", mail, StringComparison.Ordinal);
        Assert.Equal(108.19m, decimal.Round(guard, 2));
        Assert.Contains(FormattableString.Invariant($"durable-code/prod-backend: Auto Scaling max 6 tasks x 0.5 vCPU / 1 GB would cost ${decimal.Round(guard, 2):0.00} a month"), System.Text.RegularExpressions.Regex.Replace(mail, @"\s+", " "), StringComparison.Ordinal);
    }

    private static DateTimeOffset Utc(string minute) => DateTimeOffset.Parse(minute + ":00Z", System.Globalization.CultureInfo.InvariantCulture);
}
