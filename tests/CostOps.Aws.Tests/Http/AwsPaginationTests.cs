using CostOps.Aws.Http;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Http;

public class AwsPaginationTests
{
    [Fact]
    public async Task PaginateAsync_ThreePages_FollowsTokensToTheEnd()
    {
        var pages = new Dictionary<string, (string[] Items, string? Next)>
        {
            [""] = (["a", "b"], "t1"),
            ["t1"] = (["c"], "t2"),
            ["t2"] = (["d"], null),
        };
        var asked = new List<string?>();

        var items = new List<string>();
        await foreach (var page in AwsPagination.PaginateAsync(
            "ECS ListServices",
            null,
            (token, _) =>
            {
                asked.Add(token);
                return Task.FromResult(pages[token ?? string.Empty]);
            },
            page => page.Next,
            CancellationToken.None))
        {
            items.AddRange(page.Items);
        }

        Assert.Equal(["a", "b", "c", "d"], items);
        Assert.Equal([null, "t1", "t2"], asked);
    }

    [Fact]
    public async Task PaginateAsync_ServiceRepeatsAToken_StopsWithClearError()
    {
        var calls = 0;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in AwsPagination.PaginateAsync<string>(
                "ECS ListClusters",
                null,
                (token, _) =>
                {
                    calls++;
                    return Task.FromResult(token == "t2" ? "t1" : token is null ? "t1" : "t2");
                },
                page => page,
                CancellationToken.None))
            {
            }
        });

        Assert.Equal(3, calls);
        Assert.Contains("ECS ListClusters", error.Message, StringComparison.Ordinal);
        Assert.Contains("'t1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaginateAsync_EmptyToken_EndsAfterFirstPage()
    {
        var calls = 0;
        await foreach (var _ in AwsPagination.PaginateAsync("x", null, (_, _) => Task.FromResult(++calls), _ => string.Empty, CancellationToken.None))
        {
        }

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task PaginateAsync_ResumeTokenComesBack_ThrowsInsteadOfLooping()
    {
        var asked = new List<string?>();
        var pages = AwsPagination.PaginateAsync("ECS ListServices", "start", (token, _) => { asked.Add(token); return Task.FromResult<string?>("start"); }, p => p, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => pages.ToListAsync());

        Assert.Equal(["start"], asked);
        Assert.Contains("ECS ListServices returned the page token 'start' a second time after 1 pages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaginateAsync_LongRepeatedToken_ShortensItInTheError()
    {
        var token = new string('x', 100);
        var pages = AwsPagination.PaginateAsync("Budgets DescribeBudgets", null, (_, _) => Task.FromResult(token), p => p, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => pages.ToListAsync());

        Assert.Contains($"'{new string('x', 40)}…'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaginateAsync_CancelledBetweenPages_StopsFetching()
    {
        using var cancellation = new CancellationTokenSource();
        var calls = 0;
        var pages = AwsPagination.PaginateAsync("ECS ListServices", null, (_, _) => { calls++; cancellation.Cancel(); return Task.FromResult($"t{calls}"); }, p => p, cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pages.ToListAsync());
        Assert.Equal(1, calls);
    }
}
