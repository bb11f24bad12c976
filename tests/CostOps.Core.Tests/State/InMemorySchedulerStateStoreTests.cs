using CostOps.Core.Scheduler.Ports;
using CostOps.Core.State;

namespace CostOps.Core.Tests.State;

public sealed class InMemorySchedulerStateStoreTests
{
    private static readonly ServiceRef Api = new("main", "api", "arn:api");
    private static readonly DateTimeOffset At = new(2026, 3, 2, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TrySaveAsync_ExpectedVersionMatches_StoresAndLaterStaleWriteLoses()
    {
        var store = new InMemorySchedulerStateStore();

        Assert.True(await store.TrySaveAsync(new ServiceState(Api, ServiceStatus.Stopping, 1, At), 0, CancellationToken.None));
        Assert.False(await store.TrySaveAsync(new ServiceState(Api, ServiceStatus.Running, 1, At), 0, CancellationToken.None));
        Assert.True(await store.TrySaveAsync(new ServiceState(Api, ServiceStatus.Stopped, 2, At), 1, CancellationToken.None));

        var stored = await store.GetAsync("arn:api", CancellationToken.None);
        Assert.Equal(ServiceStatus.Stopped, stored!.Status);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task TrySaveAsync_ConcurrentWritersOfOneVersion_ExactlyOneWins()
    {
        var store = new InMemorySchedulerStateStore();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ =>
            Task.Run(() => store.TrySaveAsync(new ServiceState(Api, ServiceStatus.Stopping, 1, At), 0, CancellationToken.None))));

        Assert.Equal(1, results.Count(r => r));
    }
}
