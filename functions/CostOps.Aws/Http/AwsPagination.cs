using System.Runtime.CompilerServices;

namespace CostOps.Aws.Http;

/// <summary>
/// Follows next-page tokens until the service stops returning one. A null or empty token ends the walk;
/// a token seen before (including the one the walk started from) means the service is looping, which
/// stops the walk with an error instead of spinning (and paying, for Cost Explorer) forever.
/// </summary>
public static class AwsPagination
{
    private const int MaxTokenLengthInErrors = 40;

    /// <param name="description">Names the service and operation in errors, e.g. "ECS ListServices".</param>
    /// <param name="startToken">The token of the first page: null to start at the beginning, or a token to resume from.</param>
    /// <param name="fetchPage">Fetches one page; receives <paramref name="startToken"/> for the first page, then each next token.</param>
    /// <param name="nextToken">The page's next token; null or empty ends the sequence.</param>
    public static async IAsyncEnumerable<TPage> PaginateAsync<TPage>(
        string description,
        string? startToken,
        Func<string?, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, string?> nextToken,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(description);
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(nextToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(startToken))
        {
            seen.Add(startToken);
        }

        var token = startToken;
        var pageNumber = 0;
        while (true)
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
                    $"{description} returned the page token '{Shorten(token)}' a second time after {pageNumber} pages; "
                    + "stopped paging to avoid an endless loop. This is a service-side fault: retry later or report it to AWS support.");
            }
        }
    }

    private static string Shorten(string token) =>
        token.Length <= MaxTokenLengthInErrors ? token : string.Concat(token.AsSpan(0, MaxTokenLengthInErrors), "…");
}
