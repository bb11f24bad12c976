using CostOps.Core.State;
using CostOps.TestSupport;

namespace CostOps.Core.Tests.State;

public sealed class InMemoryOnceLedgerTests
{
    [Fact]
    public async Task TryRecordAsync_SameKeyTwice_SecondIsFalseUntilExpiryOrForget()
    {
        var time = TestClock.At("2026-03-02T10:00:00Z");
        var ledger = new InMemoryOnceLedger(time);
        var expiry = time.GetUtcNow().AddDays(1);

        Assert.True(await ledger.TryRecordAsync("week#2026-W10", "sent", expiry, CancellationToken.None));
        Assert.False(await ledger.TryRecordAsync("week#2026-W10", "sent", expiry, CancellationToken.None));

        await ledger.ForgetAsync("week#2026-W10", CancellationToken.None);
        Assert.True(await ledger.TryRecordAsync("week#2026-W10", "sent", expiry, CancellationToken.None));

        time.Advance(TimeSpan.FromDays(2));
        Assert.True(await ledger.TryRecordAsync("week#2026-W10", "sent", expiry.AddDays(7), CancellationToken.None));
    }
}
