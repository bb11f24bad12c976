using CostOps.Core.Observability;
using CostOps.Hosting.Events;
using CostOps.TestSupport;
using Moq;

namespace CostOps.Hosting.Tests;

public sealed class AcceptOnlyHandlerTests
{
    private static readonly InvocationContext Context = new(
        TestClock.At("2026-11-16T07:00:00Z"), Mock.Of<IStructuredLog>(), Mock.Of<IMetricSink>(),
        DateTimeOffset.Parse("2026-11-16T07:05:00Z", System.Globalization.CultureInfo.InvariantCulture), null, CancellationToken.None);

    [Fact]
    public async Task HandleAsync_AcceptedKind_CallsInner()
    {
        var inner = new Mock<IInvocationHandler>();
        var expected = InvocationResult.Succeeded("{}"u8.ToArray());
        inner.Setup(h => h.HandleAsync(It.IsAny<InvocationEvent>(), Context)).ReturnsAsync(expected);
        var guard = new AcceptOnlyHandler("cost-report", [], [ManualCommandKind.Report], inner.Object);

        var result = await guard.HandleAsync(new ManualCommand(ManualCommandKind.Report, false, null, null), Context);

        Assert.Same(expected, result);
    }

    [Fact]
    public async Task HandleAsync_OtherKind_RejectsNamingKindAndAcceptedKinds()
    {
        var inner = new Mock<IInvocationHandler>(MockBehavior.Strict);
        var guard = new AcceptOnlyHandler("cost-report", [EventKind.ScheduledEvent], [ManualCommandKind.Report], inner.Object);

        var ex = await Assert.ThrowsAsync<InvalidEventException>(() => guard.HandleAsync(new SchedulerPayload(SchedulerTrigger.Tick, "x"), Context));

        Assert.Equal("event kind", ex.Field);
        Assert.Equal("'scheduler-payload'", ex.Value);
        Assert.Equal("an input the cost-report function handles: scheduled-event, manual command 'report'", ex.Expected);
    }

    [Fact]
    public async Task HandleAsync_ManualCommandNotListed_RejectsNamingTheCommand()
    {
        var inner = new Mock<IInvocationHandler>(MockBehavior.Strict);
        var guard = new AcceptOnlyHandler("cost-report", [EventKind.ScheduledEvent], [ManualCommandKind.Report], inner.Object);

        var ex = await Assert.ThrowsAsync<InvalidEventException>(() => guard.HandleAsync(new ManualCommand(ManualCommandKind.Run, false, null, null), Context));

        Assert.Equal("command", ex.Field);
        Assert.Equal("'run'", ex.Value);
    }

    [Fact]
    public void Constructor_NoKinds_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AcceptOnlyHandler("x", [], [], Mock.Of<IInvocationHandler>()));
    }

    [Fact]
    public void Constructor_ManualCommandAsEventKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AcceptOnlyHandler("x", [EventKind.ManualCommand], [], Mock.Of<IInvocationHandler>()));
    }
}
