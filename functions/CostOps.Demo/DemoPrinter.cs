using System.Globalization;

namespace CostOps.Demo;

/// <summary>The demo's output for a person: fleet, timeline, the DST line, mails as sent, the report file and the savings table.</summary>
internal static class DemoPrinter
{
    public static IEnumerable<string> Lines(DemoResult result)
    {
        yield return "CostOps demo: one simulated week of a small team's fleet (no AWS account, virtual clock, seeded randomness),";
        yield return "modelled on that team's cost plan: $54 a month 24/7, $32 stopped by UTC crons outside office hours, $25 with dev on Spot";
        yield return $"  cluster {SeedFleet.Cluster} in {SeedFleet.Region}: dev-backend, dev-frontend (256 CPU / 512 MB, Fargate Spot),";
        yield return $"  prod-backend (512 / 1024, Auto Scaling min {SeedFleet.ScaledMin} max {SeedFleet.ScaledMax}), prod-frontend (512 / 1024)";
        yield return $"  schedule office-hours: mon-fri 08:00-20:00 {SeedFleet.Zone}; dev-frontend tagged keep-running={SeedFleet.KeepRunningUntil};";
        yield return $"  Fargate Spot has no capacity {Local(SeedFleet.ShortageFrom)} - {Local(SeedFleet.ShortageTo):HH:mm}; budget {SeedFleet.BudgetName} ${SeedFleet.BudgetLimit}";
        yield return "";
        yield return "TIMELINE (Los Angeles time; UTC in brackets)";
        foreach (var entry in result.Timeline.OrderBy(e => e.At))
        {
            yield return $"  {Local(entry.At)} [{entry.At.UtcDateTime:HH:mm}Z] {entry.Kind,-8} {entry.Subject,-14} {entry.Why}";
        }

        yield return "";
        yield return Dst(result);
        foreach (var mail in result.Mails)
        {
            yield return "";
            yield return $"{(mail.Subject?.Contains("budget", StringComparison.OrdinalIgnoreCase) == true ? "BUDGET ALERT" : "E-MAIL")} sent {Local(mail.At)} to {mail.TopicArn}";
            yield return $"Subject: {mail.Subject}";
            yield return "";
            foreach (var line in mail.Message.Split('\n'))
            {
                yield return line;
            }
        }

        yield return "";
        yield return "(The report link points at the simulated account; it is signed at the simulated time.)";
        yield return result.ReportHtmlPath is null ? "No HTML report was stored." : $"HTML report: {result.ReportHtmlPath}";
        yield return "";
        yield return "SAVINGS PER MONTH (730 h; a week counts 730/168 times)";
        foreach (var line in result.Savings.Lines())
        {
            yield return line;
        }

        foreach (var line in Differences(result.Savings))
        {
            yield return line;
        }
    }

    public static string Local(DateTimeOffset utc) =>
        DemoTriggers.Local(utc).ToString("ddd dd MMM HH:mm", CultureInfo.InvariantCulture) + (DemoTriggers.Zone.IsDaylightSavingTime(utc) ? " PDT" : " PST");

    /// <summary>Where the plan's UTC cron would have stopped the services, against where CostOps stopped them, on both sides of the change.</summary>
    public static string Dst(DemoResult result)
    {
        var stops = result.Timeline.Where(e => e.Kind == "Stop" && e.Subject == "prod-frontend" && DemoTriggers.Local(e.At).Hour == 20).OrderBy(e => e.At).ToList();
        var before = stops.FirstOrDefault(s => DemoTriggers.Zone.IsDaylightSavingTime(s.At));
        var after = stops.FirstOrDefault(s => !DemoTriggers.Zone.IsDaylightSavingTime(s.At) && DemoTriggers.Local(s.At).DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday);
        if (before is null || after is null)
        {
            return "DST: the week has no evening stop on both sides of the change.";
        }

        string Cron(TimelineEntry stop) => Local(new DateTimeOffset(DemoTriggers.Local(stop.At).Date.AddDays(1).AddHours(4), TimeSpan.Zero));
        return $"DST (clocks went back Sun 01 Nov): the plan's cron(0 4 ? * TUE-FRI *) stops at {Cron(before)} (an hour late) and {Cron(after)}; "
            + $"CostOps stopped at {Local(before.At)} ({before.At.UtcDateTime:HH:mm} UTC) and {Local(after.At)} ({after.At.UtcDateTime:HH:mm} UTC).";
    }

    private static IEnumerable<string> Differences(SavingsTable s)
    {
        yield return "  Why the figures differ from the plan's:";
        yield return $"  - 24/7: the plan counts Fargate at ~$30; its own sizes cost more: 2 dev tasks (0.25 vCPU, 0.5 GB) and 3 prod tasks";
        yield return $"    (0.5 vCPU, 1 GB; prod-backend runs its Auto Scaling minimum of 2) at $0.04048/vCPU-h and $0.004445/GB-h are {SavingsTable.Usd(s.FargateAlwaysOn)}.";
        yield return $"  - Fixed lines: ALB $18, CloudWatch $3, ECR $1, Route 53 $1 = {SavingsTable.Usd(s.Fixed)} a month whatever runs (the plan: $24 at 24/7, $22 scheduled).";
        yield return $"  - Schedule: 60 of 168 hours are office hours; this week also kept dev-frontend up until Mon 22:00 (keep-running), so";
        yield return $"    Fargate fell {1 - (s.FargateScheduled / s.FargateAlwaysOn):P0} rather than the plan's 66%.";
        yield return $"  - Spot: 70% off applies to dev's task-hours only (dev is the smaller half of the fleet), saving {SavingsTable.Usd(s.FargateScheduled - s.FargateScheduledSpot)} a month, not 70% of all Fargate.";
    }
}
