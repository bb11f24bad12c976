using CostOps.Aws.Paging;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Clients;

public sealed class AwsPagerTests
{
    [Fact]
    public async Task FollowAsync_ResumeTokenComesBack_ThrowsInsteadOfLooping()
    {
        var calls = 0;
        var pages = AwsPager.FollowAsync<string?, string?>("ECS", "ListServices", "start", r => r, (_, t) => t, p => p, (_, _) => Task.FromResult<string?>(++calls == 1 ? "start" : null), default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => pages.ToListAsync());
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task FollowAsync_CancelledBetweenPages_StopsFetching()
    {
        using var cancellation = new CancellationTokenSource();
        var calls = 0;
        var pages = AwsPager.FollowAsync<string?, string?>("ECS", "ListServices", null, r => r, (_, t) => t, p => p, (_, _) => { calls++; cancellation.Cancel(); return Task.FromResult<string?>($"t{calls}"); }, cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pages.ToListAsync());
        Assert.Equal(1, calls);
    }
}
