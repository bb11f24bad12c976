using System.Net;
using CostOps.Aws.Adapters;
using CostOps.Aws.Sns;
using CostOps.Aws.Tests.Http;
using CostOps.Core.Activity;
using CostOps.Core.Budgets;
using CostOps.Core.Notifications;
using CostOps.Core.Observability;
using CostOps.Core.State;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

/// <summary>Budget alerts over the real SNS client and transport: a Publish that timed out after delivery is not silently sent twice.</summary>
public sealed class SnsNotifierDeliveryTests
{
    private const string Published = """<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-2</MessageId></PublishResult></PublishResponse>""";

    [Fact]
    public async Task BudgetAlert_PublishTimesOutAfterDelivery_NoRetryInTheRunAndTheNextRunsSendIsMarked()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Throw(new TaskCanceledException("timed out", new TimeoutException())).Respond(HttpStatusCode.OK, Published);
        var budgets = new Mock<IBudgetSource>();
        budgets.Setup(b => b.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
            [new BudgetSnapshot("monthly-total", "MONTHLY", 60m, "USD", 45m, 50m, new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1))]);
        var spend = new Mock<IServiceSpendSource>();
        spend.Setup(s => s.MonthToDateByServiceAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var fleet = new Mock<IFleetStatus>();
        fleet.Setup(f => f.RunningOutsideScheduleAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var service = new BudgetAlertService(budgets.Object, new InMemoryOnceLedger(fixture.Clock),
            new SnsNotifier(new SnsClient(fixture.Transport), "arn:aws:sns:eu-west-1:123456789012:costops"),
            spend.Object, fleet.Object, Mock.Of<IStructuredLog>(), Mock.Of<IMetricSink>(), fixture.Clock, new BudgetAlertOptions());

        var first = await service.RunAsync(CancellationToken.None);
        Assert.Single(fixture.Handler.Requests);
        var second = await service.RunAsync(CancellationToken.None);
        var third = await service.RunAsync(CancellationToken.None);

        Assert.Equal(BudgetOutcome.Failed, Assert.Single(first.Budgets).Outcome);
        Assert.Equal("m-2", Assert.Single(second.Budgets).MessageId);
        Assert.Equal(BudgetOutcome.AlreadySent, Assert.Single(third.Budgets).Outcome);
        Assert.Equal(2, fixture.Handler.Requests.Count);
        Assert.DoesNotContain("re-sent", WebUtility.UrlDecode(fixture.Handler.Requests[0].Body), StringComparison.Ordinal);
        Assert.Contains(DeliveryAttempt.ResendNote, WebUtility.UrlDecode(fixture.Handler.Requests[1].Body), StringComparison.Ordinal);
    }
}
