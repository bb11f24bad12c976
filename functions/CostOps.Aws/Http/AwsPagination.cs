using System.Runtime.CompilerServices;

namespace CostOps.Aws.Http;

/// <summary>Follows next-page tokens until the service stops returning one.</summary>
public static class AwsPagination
{
    /// <param name="description">Names the listing in errors, e.g. "ECS ListServices (cluster prod)".</param>
    /// <param name="fetchPage">Fetches one page; receives null for the first page.</param>
    /// <param name="nextToken">The page's next token; null or empty ends the sequence.</param>
    public static async IAsyncEnumerable<TPage> PaginateAsync<TPage>(
        string description,
        Func<string?, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, string?> nextToken,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(nextToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        var pageNumber = 0;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await fetchPage(token, cancellationToken).ConfigureAwait(false);
            pageNumber++;
            yield return page;
            token = nextToken(page);
            if (string.IsNullOrEmpty(token))
            {
                yield break;
            }

            if (!seen.Add(token))
            {
                throw new InvalidOperationException(
                    $"{description}: page {pageNumber} returned a next token that an earlier page already returned ('{token}'). "
                    + "Stopped paging to avoid an endless loop; this is a fault of the service answer, retry later.");
            }
        }
        while (true);
    }
}
