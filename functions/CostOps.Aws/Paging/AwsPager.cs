using System.Runtime.CompilerServices;

namespace CostOps.Aws.Paging;

/// <summary>
/// Follows a paginated AWS operation to its last page. A null or empty token ends the walk; a token
/// seen before means the service is looping, which stops the walk with an error instead of spinning
/// (and paying, for Cost Explorer) forever.
/// </summary>
internal static class AwsPager
{
    public static async IAsyncEnumerable<TResponse> FollowAsync<TRequest, TResponse>(
        string serviceId,
        string operation,
        TRequest firstRequest,
        Func<TRequest, string?> requestToken,
        Func<TRequest, string, TRequest> withToken,
        Func<TResponse, string?> responseToken,
        Func<TRequest, CancellationToken, Task<TResponse>> fetch,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (requestToken(firstRequest) is { Length: > 0 } startToken)
        {
            seen.Add(startToken);
        }

        var request = firstRequest;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var response = await fetch(request, cancellationToken).ConfigureAwait(false);
            yield return response;

            var next = responseToken(response);
            if (string.IsNullOrEmpty(next))
            {
                yield break;
            }

            if (!seen.Add(next))
            {
                throw new InvalidOperationException(
                    $"{serviceId} {operation} returned the page token '{Shorten(next)}' a second time after {seen.Count} pages; "
                    + "stopped paging to avoid an endless loop. This is a service-side fault: retry later or report it to AWS support.");
            }

            request = withToken(request, next);
        }
    }

    private static string Shorten(string token) => token.Length <= 40 ? token : string.Concat(token.AsSpan(0, 40), "…");
}
