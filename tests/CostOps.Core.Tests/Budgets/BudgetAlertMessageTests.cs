using CostOps.Core.Activity;
using CostOps.Core.Budgets;
using CostOps.Core.Notifications;
using CsCheck;

namespace CostOps.Core.Tests.Budgets;

public class BudgetAlertMessageTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static readonly TopServices Top = TopServices.Pick(
        [
            new ServiceSpend("Amazon Elastic Load Balancing", 9.10m, "USD"),
            new ServiceSpend("Amazon Elastic Container Service", 27.45m, "USD"),
            new ServiceSpend("Amazon Route 53", 0.50m, "USD"),
            new ServiceSpend("Tax", 0m, "USD"),
        ],
        2,
        new DateOnly(2026, 3, 1),
        Today);

    private static readonly OffScheduleReport OffSchedule = new(
        [
            new OffScheduleService("dev", "web", ActivityKind.OverrideInForce, "keep-running until 2026-03-12T18:00+01:00"),
            new OffScheduleService("dev", "worker", ActivityKind.Drift, "desired 2 while stopped"),
        ],
        null);

    [Fact]
    public void Subject_ActualThreshold_MatchesHouseFormat()
    {
        var budget = TestBudgets.Monthly(41.20m, 58m);

        var subject = BudgetAlertMessage.Subject(budget, Crossed(budget, "40"));

        Assert.Equal("CostOps budget alert: monthly-total passed $40 (actual $41.20 of $60.00)", subject);
    }

    [Fact]
    public void Subject_ForecastPercentThreshold_SaysForecast()
    {
        var budget = TestBudgets.Monthly(20m, 75m);

        var subject = BudgetAlertMessage.Subject(budget, Crossed(budget, "100%:forecast"));

        Assert.Equal("CostOps budget alert: monthly-total forecast passed 100% (forecast $75.00 of $60.00)", subject);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(60)]
    [InlineData(100)]
    public void Subject_LongName_IsShortenedWithinLimitKeepingThreshold(int nameLength)
    {
        var name = string.Concat(Enumerable.Repeat("platform-", 12))[..nameLength];
        var budget = TestBudgets.Monthly(1234567.89m, limit: 1000000m, name: name);

        var subject = BudgetAlertMessage.Subject(budget, Crossed(budget, "60"));

        Assert.True(subject.Length <= Notification.MaxSubjectLength, subject);
        Assert.StartsWith("CostOps budget alert: platform-", subject, StringComparison.Ordinal);
        Assert.Contains("passed $60", subject, StringComparison.Ordinal);
        _ = new Notification(subject, "body");
    }

    [Fact]
    public void Subject_HundredCharName_KeepsFiguresWhenTheyFit()
    {
        var budget = TestBudgets.Monthly(41.20m, name: new string('b', 100));

        var subject = BudgetAlertMessage.Subject(budget, Crossed(budget, "40"));

        Assert.Equal(100, subject.Length);
        Assert.Contains("bbb... passed $40 (actual $41.20 of $60.00)", subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Subject_NonAsciiName_IsMadePrintable()
    {
        var budget = TestBudgets.Monthly(41.20m, name: "équipe-Zürich");

        var subject = BudgetAlertMessage.Subject(budget, Crossed(budget, "40"));

        Assert.Contains("?quipe-Z?rich passed $40", subject, StringComparison.Ordinal);
        _ = new Notification(subject, "body");
    }

    [Fact]
    public void Compose_Body_HasFiguresDaysLeftTopServicesOffScheduleAndNextSteps()
    {
        var budget = TestBudgets.Monthly(41.20m, 75.50m);
        var alsoCrossed = new[] { Crossed(budget, "25") };

        var body = BudgetAlertMessage.Compose(budget, Crossed(budget, "40"), alsoCrossed, ["a note"], Today, Top, OffSchedule, 25).Message;

        Assert.Contains("Budget \"monthly-total\" has passed $40 on actual spend.", body, StringComparison.Ordinal);
        Assert.Contains("Also passed: $25 on actual spend (no separate alert)", body, StringComparison.Ordinal);
        Assert.Contains("Actual:      $41.20", body, StringComparison.Ordinal);
        Assert.Contains("Forecast:    $75.50", body, StringComparison.Ordinal);
        Assert.Contains("Limit:       $60.00", body, StringComparison.Ordinal);
        Assert.Contains("Used:        68.7% of the limit", body, StringComparison.Ordinal);
        Assert.Contains("Days left:   22 (period 2026-03-01 to 2026-03-31 UTC, counting today)", body, StringComparison.Ordinal);
        Assert.Contains("1. Amazon Elastic Container Service: $27.45", body, StringComparison.Ordinal);
        Assert.Contains("2. Amazon Elastic Load Balancing: $9.10", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Route 53", body, StringComparison.Ordinal);
        Assert.Contains("dev/web: keep-running override in force (keep-running until 2026-03-12T18:00+01:00)", body, StringComparison.Ordinal);
        Assert.Contains("dev/worker: drift", body, StringComparison.Ordinal);
        Assert.Contains("  - a note", body, StringComparison.Ordinal);
        Assert.Contains("Check the 2 service(s) running outside their schedule", body, StringComparison.Ordinal);
        Assert.Contains("period ends near $75.50, above the $60.00 limit", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NothingOffScheduleAndForecastUnderLimit_PointsAtTopServiceAndThresholds()
    {
        var budget = TestBudgets.Monthly(41.20m, 55m);

        var body = BudgetAlertMessage.Compose(budget, Crossed(budget, "40"), [], [], Today, Top, new OffScheduleReport([], null), 25).Message;

        Assert.Contains("None: every managed service follows its schedule.", body, StringComparison.Ordinal);
        Assert.Contains("Open Cost Explorer filtered to \"Amazon Elastic Container Service\"", body, StringComparison.Ordinal);
        Assert.Contains("raise the threshold (COSTOPS_BUDGET_THRESHOLDS)", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Also passed", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SourcesUnavailable_SaysSoInsteadOfListing()
    {
        var budget = TestBudgets.Monthly(41.20m);
        var top = new TopServices([], new DateOnly(2026, 3, 1), Today, "Cost Explorer could not be read (boom).");

        var body = BudgetAlertMessage.Compose(budget, Crossed(budget, "40"), [], [], Today, top, new OffScheduleReport([], "fleet status down"), 25).Message;

        Assert.Contains("Not available: Cost Explorer could not be read (boom).", body, StringComparison.Ordinal);
        Assert.Contains("Not available: fleet status down", body, StringComparison.Ordinal);
        Assert.Contains("Forecast:    not available from AWS yet", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ManyOffScheduleServices_ListsCapAndCount()
    {
        var budget = TestBudgets.Monthly(41.20m);
        var many = Enumerable.Range(1, 30).Select(i => new OffScheduleService("c", $"svc{i}", ActivityKind.Drift, "")).ToList();

        var body = BudgetAlertMessage.Compose(budget, Crossed(budget, "40"), [], [], Today, Top, new OffScheduleReport(many, null), 25).Message;

        Assert.Contains("c/svc25: drift", body, StringComparison.Ordinal);
        Assert.DoesNotContain("c/svc26:", body, StringComparison.Ordinal);
        Assert.Contains("... and 5 more.", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 3, 31, 1)]
    [InlineData(2026, 4, 2, 0)]
    [InlineData(2026, 3, 1, 31)]
    public void DaysLeft_CountsTodayAndNeverNegative(int year, int month, int day, int expected)
    {
        Assert.Equal(expected, BudgetAlertMessage.DaysLeft(TestBudgets.Monthly(1m), new DateOnly(year, month, day)));
    }

    [Fact]
    public void Compose_NonUsdBudget_ShowsCurrencyCode()
    {
        var budget = TestBudgets.Monthly(700m, limit: 800m, currency: "EUR");

        var notification = BudgetAlertMessage.Compose(budget, Crossed(budget, "80%"), [], [], Today, Top, OffSchedule, 25);

        Assert.Equal("CostOps budget alert: monthly-total passed 80% (actual 700.00 EUR of 800.00 EUR)", notification.Subject);
        Assert.Contains("80% of the limit on actual spend (640.00 EUR)", notification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_TinyLimitHugeSpend_DoesNotOverflow()
    {
        var budget = TestBudgets.Monthly(79_000_000_000_000_000_000_000_000m, limit: 0.0001m);

        var body = BudgetAlertMessage.Compose(budget, Crossed(budget, "60"), [], [], Today, Top, OffSchedule, 25).Message;

        Assert.Contains("Used:        over 100,000,000% of the limit", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ManagementAccountWithSeveralAccounts_SubjectAndBodyNameTheAccountAndListTheirSpend()
    {
        var budget = TestBudgets.Monthly(41.20m, 58m);
        var top = Top with { Accounts = [new AccountSpend("111111111111", "dev", 30m, "USD"), new AccountSpend("123456789012", null, 11.20m, "USD")] };

        var alert = BudgetAlertMessage.Compose(budget, Crossed(budget, "40"), [], [], Today, top, OffSchedule, 25, homeAccountId: "123456789012");

        Assert.Equal("CostOps budget alert for 123456789012: monthly-total passed $40 (actual $41.20 of $60.00)", alert.Subject);
        Assert.Contains("Account:     123456789012, consolidated: the 2 accounts with spend this month\n", alert.Message, StringComparison.Ordinal);
        Assert.Contains("Spend by account this month (2026-03-01 to 2026-03-10 UTC, Cost Explorer):\n  - dev (111111111111): $30.00\n  - 123456789012: $11.20\n", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_OneAccount_NoAccountLineAsBefore()
    {
        var budget = TestBudgets.Monthly(41.20m, 58m);
        var top = Top with { Accounts = [new AccountSpend("123456789012", "main", 41.20m, "USD")] };

        var alert = BudgetAlertMessage.Compose(budget, Crossed(budget, "40"), [], [], Today, top, OffSchedule, 25, homeAccountId: "123456789012");

        Assert.Equal("CostOps budget alert: monthly-total passed $40 (actual $41.20 of $60.00)", alert.Subject);
        Assert.DoesNotContain("Account:", alert.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Spend by account", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subject_LongAccountName_ShortenedToTheIdBeforeTheFiguresAreDropped()
    {
        var budget = TestBudgets.Monthly(41.20m, 58m, name: "platform-monthly");
        var naming = new BudgetAccountNaming("platform-engineering-shared-services-production (111111111111)", "111111111111", "x");

        var subject = BudgetAlertMessage.Subject(budget, Crossed(budget, "40"), naming);

        Assert.Equal("CostOps budget alert for 111111111111: platform-monthly passed $40 (actual $41.20 of $60.00)", subject);
        Assert.InRange(subject.Length, 1, Notification.MaxSubjectLength);
    }

    [Fact]
    public void Subject_AnyAccountLabelAndBudgetName_FitsSnsAndKeepsTheAccountId()
    {
        Gen.Select(Gen.String, Gen.String).Sample((label, name) =>
        {
            var budget = TestBudgets.Monthly(41.20m, 58m, name: string.IsNullOrWhiteSpace(name) ? "b" : name);
            var naming = new BudgetAccountNaming(AccountLabel.Of("111111111111", label), "111111111111", "x");

            var subject = BudgetAlertMessage.Subject(budget, Crossed(budget, "40"), naming);

            Assert.InRange(subject.Length, 1, Notification.MaxSubjectLength);
            Assert.Contains("111111111111", subject, StringComparison.Ordinal);
        });
    }

    private static CrossedThreshold Crossed(BudgetSnapshot budget, string threshold) =>
        BudgetThresholdEvaluator.Evaluate(budget, TestBudgets.Thresholds(threshold)).Crossed.Single();
}
