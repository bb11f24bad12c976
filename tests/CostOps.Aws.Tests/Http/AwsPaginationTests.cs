using CostOps.Aws.Http;

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
        await foreach (var _ in AwsPagination.PaginateAsync("x", (_, _) => Task.FromResult(++calls), _ => string.Empty, CancellationToken.None))
        {
        }

        Assert.Equal(1, calls);
    }
}
