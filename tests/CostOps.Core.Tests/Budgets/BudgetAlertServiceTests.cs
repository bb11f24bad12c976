using System.Collections.Concurrent;
using CostOps.Core.Activity;
using CostOps.Core.Budgets;
using CostOps.Core.Notifications;
using CostOps.Core.Observability;
using CostOps.TestSupport;
using Moq;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Core.Tests.Budgets;

/// <summary>Shared set-up; the tests are in BudgetAlertServiceTests.Alerts.cs and BudgetAlertServiceTests.Failures.cs.</summary>
public partial class BudgetAlertServiceTests
{
    private readonly List<BudgetSnapshot> _budgets = [];
    private readonly FakeOnceLedger _ledger = new();
    private readonly ConcurrentQueue<Notification> _sent = new();
    private readonly Mock<INotifier> _notifier = new();
    private readonly Mock<IServiceSpendSource> _spend = new();
    private readonly Mock<IFleetStatus> _fleet = new();
    private readonly Mock<IStructuredLog> _log = new();
    private readonly Mock<IMetricSink> _metrics = new();
    private readonly FakeTimeProvider _time = TestClock.At("2026-03-10T14:00:00Z");
    private BudgetAlertOptions _options = new();

    public BudgetAlertServiceTests()
    {
        _notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()))
            .Returns((Notification n, CancellationToken _) =>
            {
                _sent.Enqueue(n);
                return Task.FromResult($"msg-{_sent.Count}");
            });
        _spend.Setup(s => s.MonthToDateByServiceAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ServiceSpend("Amazon Elastic Container Service", 30.10m, "USD"), new ServiceSpend("AWS Lambda", 0.40m, "USD")]);
        _fleet.Setup(f => f.RunningOutsideScheduleAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync([new OffScheduleService("dev", "api", ActivityKind.OverrideInForce, "keep-running until Friday")]);
    }

    private Task<BudgetRunResult> Run() => Service(_ledger, _notifier.Object).RunAsync(CancellationToken.None);

    /// <summary>Waits until <paramref name="run"/> is held at its pause point; fails (instead of hanging) if it finishes without getting there.</summary>
    private static async Task ReachesPause(Task paused, Task run)
    {
        var first = await Task.WhenAny(paused, run);
        Assert.True(first == paused, "the run finished without reaching the step the test pauses it at");
    }

    private static (INotifier Notifier, ConcurrentQueue<Notification> Sent) CountingNotifier()
    {
        var sent = new ConcurrentQueue<Notification>();
        var notifier = new Mock<INotifier>();
        notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()))
            .Returns(async (Notification n, CancellationToken _) =>
            {
                await Task.Yield();
                sent.Enqueue(n);
                return "id";
            });
        return (notifier.Object, sent);
    }

    /// <param name="bothStarted">When given, the budget list is returned only once every run sharing it has asked: the runs overlap.</param>
    private BudgetAlertService Service(FakeOnceLedger ledger, INotifier notifier)
    {
        var source = new Mock<IBudgetSource>();
        var snapshot = _budgets.ToList();
        source.Setup(s => s.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync(snapshot);
        return new BudgetAlertService(source.Object, ledger, notifier, _spend.Object, _fleet.Object, _log.Object, _metrics.Object, _time, _options);
    }
}
