using CostOps.Core.Activity;
using CostOps.Core.Budgets;
using CostOps.Core.Insights;
using CostOps.Core.Insights.Ports;
using CostOps.Core.Notifications;
using CostOps.Core.Observability;
using CostOps.TestSupport;
using Moq;

namespace CostOps.Core.Tests.Budgets;

public sealed class BudgetAlertAnomalyTests
{
    private readonly List<Notification> _sent = [];
    private readonly Mock<IInsightsSource> _insights = new(MockBehavior.Strict);

    [Fact]
    public async Task RunAsync_AlertWithAnomalies_ListsTheOpenAnomaliesOfThePeriodOnceForTwoBudgets()
    {
        var anomaly = new CostAnomaly("a-1", "arn:aws:ce::1:anomalymonitor/m-1", "Amazon Elastic Container Service", new(2026, 3, 4), null, 42m, 20m, 75m, "Amazon Elastic Container Service, USE1-Fargate-vCPU-Hours:perCPU");
        _insights.Setup(i => i.AnomaliesAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 11), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new InsightsAnswer<AnomalyFindings>(new AnomalyFindings([anomaly], null, 10m), 1, 0));

        await Service([TestBudgets.Monthly(30m, 50m) with { Name = "one" }, TestBudgets.Monthly(30m, 50m) with { Name = "two" }]).RunAsync(CancellationToken.None);

        Assert.Equal(2, _sent.Count);
        Assert.All(_sent, n => Assert.Contains(
            "Cost anomalies this period (2026-03-01 to 2026-03-10 UTC, Cost Anomaly Detection):\n  - Amazon Elastic Container Service: +$42.00 (+75.0%) since 2026-03-04 (ongoing); top cause: Amazon Elastic Container Service, USE1-Fargate-vCPU-Hours:perCPU; https://console.aws.amazon.com/cost-management/home#/anomaly-detection/monitors/m-1/anomalies/a-1\n",
            n.Message,
            StringComparison.Ordinal));
        _insights.Verify(i => i.AnomaliesAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RunAsync_AnomaliesFail_AlertStillSentWithOneLine()
    {
        _insights.Setup(i => i.AnomaliesAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("AccessDenied"));

        await Service([TestBudgets.Monthly(30m, 50m)]).RunAsync(CancellationToken.None);

        Assert.Contains("  Not available: Cost anomalies could not be read (AccessDenied). Allow ce:GetAnomalies", Assert.Single(_sent).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BudgetAtRisk_RunawayLinesAgainstItsLimitAndCeilingsReadOnce()
    {
        AnomaliesNone();
        _insights.Setup(i => i.CeilingsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            new ServiceCeiling("prod/api", 10, new FargateSize(1024, 2048), TaskSize.X86, "us-east-1"),
            new ServiceCeiling("prod/small", 1, new FargateSize(256, 512), TaskSize.X86, "us-east-1"),
            new ServiceCeiling("prod/worker", null, new FargateSize(256, 512), TaskSize.X86, "us-east-1"),
        ]);

        await Service([TestBudgets.Monthly(30m, 70m) with { Name = "one" }, TestBudgets.Monthly(61m, 70m) with { Name = "two" }]).RunAsync(CancellationToken.None);

        Assert.Equal(2, _sent.Count);
        Assert.Contains(
            "  - prod/api: Auto Scaling max 10 tasks x 1 vCPU / 2 GB would cost $360.65 a month, over budget 'one' ($60.00)\n"
            + "  - prod/worker: no Auto Scaling maximum;",
            _sent[0].Message,
            StringComparison.Ordinal);
        Assert.Contains("over budget 'two' ($60.00)", _sent[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("prod/small", _sent[0].Message, StringComparison.Ordinal);
        _insights.Verify(i => i.CeilingsAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RunAsync_BudgetNotAtRisk_NoRunawaySectionAndNoCeilingRead()
    {
        AnomaliesNone();

        await Service([TestBudgets.Monthly(30m, 50m)]).RunAsync(CancellationToken.None);

        Assert.DoesNotContain("Runaway-scaling guard", Assert.Single(_sent).Message, StringComparison.Ordinal);
        _insights.Verify(i => i.CeilingsAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_BelowThresholds_NoAnomalyRequest()
    {
        await Service([TestBudgets.Monthly(1m, 50m)]).RunAsync(CancellationToken.None);

        Assert.Empty(_sent);
        _insights.VerifyNoOtherCalls();
    }

    private void AnomaliesNone() =>
        _insights.Setup(i => i.AnomaliesAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new InsightsAnswer<AnomalyFindings>(new AnomalyFindings([], "arn:m", 10m), 1, 0));

    private BudgetAlertService Service(IReadOnlyList<BudgetSnapshot> budgets)
    {
        var source = new Mock<IBudgetSource>();
        source.Setup(s => s.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync(budgets);
        var notifier = new Mock<INotifier>();
        notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()))
            .Returns((Notification n, CancellationToken _) =>
            {
                _sent.Add(n);
                return Task.FromResult("id");
            });
        var spend = new Mock<IServiceSpendSource>();
        spend.Setup(s => s.MonthToDateByServiceAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var fleet = new Mock<IFleetStatus>();
        fleet.Setup(f => f.RunningOutsideScheduleAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        return new BudgetAlertService(
            source.Object, new FakeOnceLedger(), notifier.Object, spend.Object, fleet.Object, new Mock<IStructuredLog>().Object, new Mock<IMetricSink>().Object,
            TestClock.At("2026-03-10T14:00:00Z"), new BudgetAlertOptions(), _insights.Object);
    }
}
