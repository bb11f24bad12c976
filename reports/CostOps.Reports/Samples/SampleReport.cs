using CostOps.Core.Activity;
using CostOps.Core.Budgets;
using CostOps.Core.Costs;
using CostOps.Core.Insights;
using NodaTime;

namespace CostOps.Reports.Samples;

/// <summary>A fixed, realistic report (2026-W47, Europe/Berlin) for previews and snapshot tests. Deterministic.</summary>
internal static class SampleReport
{
    public static readonly Uri Link = new("https://costops-reports.s3.amazonaws.com/reports/2026-W47.html?X-Amz-Expires=604800&X-Amz-Signature=example");

    /// <param name="adjust">Changes the sample's inputs before the report is built (the organisation sample splits them by account).</param>
    public static WeeklyReport Build(Func<WeeklyReportInputs, WeeklyReportInputs>? adjust = null)
    {
        var options = new WeeklyReportOptions { TimeZone = "Europe/Berlin" };
        var window = new ReportWindow(IsoWeek.Parse("2026-W47"), options.Validate());
        var inputs = new WeeklyReportInputs
        {
            Window = window,
            Metric = options.Metric,
            TagKey = options.CostAllocationTag,
            GeneratedAt = new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero),
            ByService = ServiceRows(window),
            ByTag = TagRows(window),
            Forecast = new CostForecast(new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 1), 9.84m, "USD"),
            Budgets =
            [
                new BudgetSnapshot("Monthly $25", "MONTHLY", 25m, "USD", 37.39m, 47.23m, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)),
                new BudgetSnapshot("Monthly $40", "MONTHLY", 40m, "USD", 37.39m, 47.23m, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)),
                new BudgetSnapshot("Monthly $60", "MONTHLY", 60m, "USD", 37.39m, 47.23m, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)),
            ],
            Activity = Activity(window),
            RunningOutsideSchedule =
            [
                new OffScheduleService("dev", "admin", ActivityKind.Drift, "desired count 1 since Sat 21 Nov 14:02"),
                new OffScheduleService("dev", "reports", ActivityKind.OverrideMalformed, "keep-running value not understood: kept running with no end; fix or remove the tag"),
            ],
            CostExplorerRequests = 4,
            InsightsRead = true,
            Anomalies = new AnomalyFindings(
                [
                    new CostAnomaly(
                        "4c3b2a19-0f1e-4d2c-9b8a-7766554433aa", "arn:aws:ce::123456789012:anomalymonitor/0f9e8d7c-1234-5678-9abc-def012345678",
                        "Amazon Elastic Container Service", new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 18), 1.42m, 0.95m, 38.5m,
                        "Amazon Elastic Container Service, USE1-Fargate-vCPU-Hours:perCPU, us-east-1"),
                ],
                "arn:aws:ce::123456789012:anomalymonitor/0f9e8d7c-1234-5678-9abc-def012345678",
                options.AnomalyMinimumImpact),
            Utilization = Utilization(),
            CloudWatchMetrics = 12,
        };
        return new WeeklyReportBuilder(options, FargatePriceTable.Default).Build(adjust is null ? inputs : adjust(inputs));
    }

    private static List<DailyCost> ServiceRows(ReportWindow window)
    {
        (string Name, decimal Weekday, decimal Weekend)[] services =
        [
            ("Amazon Elastic Container Service", 0.62m, 0.11m),
            ("Amazon Elastic Load Balancing", 0.5376m, 0.5376m),
            ("Amazon Virtual Private Cloud", 0.24m, 0.12m),
            ("Amazon CloudWatch", 0.09m, 0.05m),
            ("Amazon Route 53", 0.0167m, 0.0167m),
            ("Amazon EC2 Container Registry (ECR)", 0.031m, 0.031m),
            ("AWS Key Management Service", 0.0333m, 0.0333m),
            ("Amazon Simple Storage Service", 0.0042m, 0.0039m),
            ("AWS Lambda", 0.0008m, 0.0004m),
            ("Amazon DynamoDB", 0.0011m, 0.0003m),
        ];
        var rows = new List<DailyCost>();

        // From the 1st of the month: the report states month to date + the forecast of the rest.
        var monthStart = new DateOnly(window.CostStart.Year, window.CostStart.Month, 1);
        var days = Enumerable.Range(0, window.CostEnd.DayNumber - monthStart.DayNumber).Select(n => monthStart.AddDays(n));
        foreach (var (day, i) in days.Select(d => (d, d.DayNumber - window.CostStart.DayNumber)))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var thisWeek = window.IsInWeek(day);
            foreach (var (name, weekday, weekendAmount) in services)
            {
                var amount = weekend ? weekendAmount : weekday;
                if (name.StartsWith("Amazon Elastic Container", StringComparison.Ordinal) && !thisWeek)
                {
                    amount += 0.35m; // the previous week ran overnight on two days
                }

                rows.Add(new DailyCost(day, name, amount + (Math.Abs(i) % 3 * 0.01m), "USD", Estimated: i >= 12));
            }
        }

        rows.Add(new DailyCost(window.CostStart.AddDays(9), "AWS Marketplace", 4.20m, "EUR", false));
        return rows;
    }

    private static List<DailyCost> TagRows(ReportWindow window) =>
        window.AllDays.SelectMany(day => new[]
        {
            new DailyCost(day, "Environment$dev", window.IsInWeek(day) ? 0.58m : 0.83m, "USD", false),
            new DailyCost(day, "Environment$prod", 0.41m, "USD", false),
            new DailyCost(day, "Environment$", 0.12m, "USD", false),
        }).ToList();

    private static List<ServiceActivity> Activity(ReportWindow window)
    {
        var zone = window.Zone;
        var web = new TaskSize(0.25m, 0.5m, TaskSize.X86);
        var api = new TaskSize(0.5m, 1m, TaskSize.Arm);
        var list = new List<ServiceActivity>();
        DateTimeOffset At(LocalDate d, int hour) => zone.AtStrictly(d.At(new LocalTime(hour, 0))).ToDateTimeOffset();
        void Add(string svc, string region, ActivityKind kind, DateTimeOffset at, int tasks = 0, TaskSize? size = null, string detail = "") =>
            list.Add(new ServiceActivity($"arn:aws:ecs:{region}:123456789012:service/dev/{svc}", "dev", svc, region, kind, at, detail, tasks, size));

        // Weekday evenings stop at 20:00 and mornings start at 08:00; the weekend stays stopped.
        for (var d = window.WeekStart.PlusDays(-3); d <= window.WeekEnd; d = d.PlusDays(1))
        {
            if (d.DayOfWeek is IsoDayOfWeek.Monday or IsoDayOfWeek.Tuesday or IsoDayOfWeek.Wednesday or IsoDayOfWeek.Thursday or IsoDayOfWeek.Friday)
            {
                if (d >= window.WeekStart)
                {
                    Add("web", "us-east-1", ActivityKind.Started, At(d, 8));
                    Add("api", "us-east-1", ActivityKind.Started, At(d, 8));
                    Add("worker", "eu-central-1", ActivityKind.Started, At(d, 8));
                }

                Add("web", "us-east-1", ActivityKind.Stopped, At(d, 20), 2, web);
                Add("api", "us-east-1", ActivityKind.Stopped, At(d, 20), 1, api);
                Add("worker", "eu-central-1", ActivityKind.Stopped, At(d, 20), 1, web);
            }
        }

        Add("admin", "us-east-1", ActivityKind.Drift, At(window.WeekStart.PlusDays(5), 14), detail: "started outside CostOps");
        Add("batch", "us-east-1", ActivityKind.Failed, At(window.WeekStart.PlusDays(3), 20), detail: "AwsServiceException: ECS UpdateService failed: AccessDeniedException (HTTP 400): User is not authorized to perform ecs:UpdateService on service/dev/batch");
        Add("api", "us-east-1", ActivityKind.OverrideInForce, At(window.WeekStart.PlusDays(1), 20), detail: "keep-running until 2026-11-18T22:00+01:00");
        Add("reports", "us-east-1", ActivityKind.OverrideMalformed, At(window.WeekStart.PlusDays(4), 20), detail: "keep-running value not understood, kept running with no end: keep-running value 'tomorrow' is not an end time: the service is kept running with no end until the tag is fixed or removed");
        return list;
    }

    /// <summary>dev/web idles on 1 vCPU / 2 GB on weekdays (10 days x 12 h); dev/api is busy enough for its size; dev/worker never ran.</summary>
    private static FleetUtilization Utilization()
    {
        static List<double> Series(int hours, double low, double high) => [.. Enumerable.Range(0, hours).Select(h => h % 12 == 9 ? high : low)];
        var web = new FargateSize(1024, 2048);
        var api = new FargateSize(512, 1024);
        var worker = new FargateSize(256, 512);
        return new FleetUtilization(
            [
                new ServiceUtilization("dev/web", web, TaskSize.X86, "us-east-1", Series(120, 3, 9), Series(120, 2, 4), Series(120, 11, 14), Series(120, 10, 11), 2),
                new ServiceUtilization("dev/api", api, TaskSize.Arm, "us-east-1", Series(120, 30, 55), Series(120, 20, 30), Series(120, 50, 62), Series(120, 48, 55), 1),
                new ServiceUtilization("dev/worker", worker, TaskSize.X86, "eu-central-1", [], [], [], [], 1),
            ],
            [
                new ServiceCeiling("dev/web", 4, web, TaskSize.X86, "us-east-1"),
                new ServiceCeiling("dev/api", null, api, TaskSize.Arm, "us-east-1"),
                new ServiceCeiling("dev/worker", 2, worker, TaskSize.X86, "eu-central-1"),
            ]);
    }
}
