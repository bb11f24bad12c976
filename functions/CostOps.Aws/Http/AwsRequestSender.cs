using System.Globalization;
using System.Net.Http.Headers;
using CostOps.Core.Observability;

namespace CostOps.Aws.Http;

/// <summary>
/// Sends one wire request: per attempt it waits for the rate limiter, signs afresh (new X-Amz-Date), sends,
/// and on a transient failure backs off with full jitter, up to <see cref="AwsTransportOptions.MaxAttempts"/>
/// (<see cref="AwsTransportOptions.MaxThrottleAttempts"/> when AWS throttles). Operations in
/// <see cref="SendOnceOperations"/> are retried only when throttled or never sent. When AWS refuses the credentials
/// themselves (<see cref="AwsErrorCodes.RefusedCredentials"/>) and they come from an
/// <see cref="IRefreshableCredentialSource"/>, the source drops them and the request is signed afresh and sent once more.
/// </summary>
internal sealed class AwsRequestSender
{
    private readonly HttpClient _http;
    private readonly ICredentialSource _credentials;
    private readonly AwsEndpointResolver _endpoints;
    private readonly AwsTransportOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly IAsyncDelay _delay;
    private readonly Func<double> _jitter;
    private readonly AwsRateLimiter _limiter;
    private readonly AwsCallStatistics _statistics;
    private readonly IStructuredLog? _log;

    public AwsRequestSender(HttpClient http, ICredentialSource credentials, AwsEndpointResolver endpoints, AwsTransportOptions options, TimeProvider timeProvider, IAsyncDelay delay, Func<double> jitter, AwsCallStatistics statistics, IStructuredLog? log)
    {
        _http = http;
        _credentials = credentials;
        _endpoints = endpoints;
        _options = options;
        _timeProvider = timeProvider;
        _delay = delay;
        _jitter = jitter;
        _statistics = statistics;
        _log = log;
        _limiter = new AwsRateLimiter(options.EcsRateLimits, timeProvider, delay);
    }

    /// <summary>This sender's client-side rate buckets.</summary>
    internal AwsRateLimiter Limiter => _limiter;

    public async Task<AwsWireResponse> SendAsync(AwsService service, string operation, AwsWireRequest wire, CancellationToken cancellationToken)
    {
        var endpoint = _endpoints.Resolve(service);
        var uri = new Uri(endpoint.BaseUri.AbsoluteUri.TrimEnd('/') + wire.PathAndQuery);
        var sendOnce = SendOnceOperations.Contains(service, operation);
        var refreshed = false;
        for (var attempt = 1; ; attempt++)
        {
            // Before the try: failing to get credentials (an assumed role refused, STS unreachable) is not a failure of
            // this request, which was never sent; it is neither retried here nor reported as a delivery in doubt.
            var credentials = await _credentials.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
            await _limiter.AcquireAsync(service, operation, cancellationToken).ConfigureAwait(false);
            _statistics.RecordCall(service.ServiceId, operation);
            string failure;
            try
            {
                var response = await SendOnceAsync(service, endpoint, uri, wire, credentials, cancellationToken).ConfigureAwait(false);
                if ((int)response.Status is >= 200 and < 300)
                {
                    if (_log?.IsEnabled(LogLevel.Debug) == true)
                    {
                        _log.Write(LogLevel.Debug, "aws.call", $"{service.ServiceId} {operation} succeeded", Fields(service, operation, attempt, response.RequestId, null));
                    }

                    return response;
                }

                var error = AwsErrorParser.Parse(service, operation, response.Status, response.Headers, response.Body);
                if (!refreshed && AwsErrorCodes.IsRefusedCredentials(error) && _credentials is IRefreshableCredentialSource refreshable)
                {
                    // AWS authenticates before it acts, so a refused request was not executed: even a send-once
                    // operation may go again. Once only: a second refusal is not a stale cache and surfaces as it is.
                    refreshable.Invalidate(credentials);
                    refreshed = true;
                    attempt--; // Not a transient failure: it does not use up an attempt.
                    _statistics.RecordRetry(service.ServiceId, operation);
                    _log?.Write(LogLevel.Warning, "aws.credentials", $"{service.ServiceId} {operation} refused the credentials ({error.ErrorCode}); fetching new ones and sending again", Fields(service, operation, attempt + 1, error.RequestId, null));
                    continue;
                }

                var throttled = error is AwsThrottlingException;
                if (throttled)
                {
                    _statistics.RecordThrottle(service.ServiceId, operation);
                }

                if (sendOnce && !throttled && AwsErrorCodes.IsRetryable(error))
                {
                    throw new AwsDeliveryUnknownException(service.ServiceId, operation, error);
                }

                if (!AwsErrorCodes.IsRetryable(error) || attempt >= (throttled ? _options.MaxThrottleAttempts : _options.MaxAttempts))
                {
                    throw error;
                }

                failure = error.ErrorCode;
            }
            catch (Exception ex) when (IsTransport(ex, cancellationToken))
            {
                if (sendOnce && !SendOnceOperations.NeverSent(ex))
                {
                    throw new AwsDeliveryUnknownException(service.ServiceId, operation, ex);
                }

                if (attempt >= _options.MaxAttempts)
                {
                    throw new HttpRequestException(
                        $"{service.ServiceId} {operation} to {uri.Host} failed after {attempt} attempts: {ex.Message} Check network access to the endpoint (VPC routes, NAT or VPC endpoint).",
                        ex);
                }

                failure = ex.GetType().Name;
            }

            _statistics.RecordRetry(service.ServiceId, operation);
            var backoff = _options.Backoff(attempt, _jitter());
            _log?.Write(LogLevel.Warning, "aws.retry", $"{service.ServiceId} {operation} attempt {attempt} failed ({failure}); retrying", Fields(service, operation, attempt, null, backoff));
            await _delay.DelayAsync(backoff, cancellationToken).ConfigureAwait(false);
        }
    }

    // Network faults and HttpClient's own timeout are transient; a cancellation the caller asked for is not.
    private static bool IsTransport(Exception ex, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && ex is HttpRequestException or IOException or TaskCanceledException { InnerException: TimeoutException };

    private async Task<AwsWireResponse> SendOnceAsync(AwsService service, AwsEndpoint endpoint, Uri uri, AwsWireRequest wire, Amazon.Runtime.ImmutableCredentials credentials, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var signed = new List<KeyValuePair<string, string>>(wire.Headers)
        {
            new("host", uri.Authority),
            new("x-amz-date", SigV4Signer.FormatAmzDate(now)),
        };
        if (!string.IsNullOrEmpty(credentials.Token))
        {
            signed.Add(new("x-amz-security-token", credentials.Token));
        }

        var authorization = SigV4Signer.Authorize(wire.Method.Method, uri, signed, wire.Body, credentials, endpoint.SigningRegion, service.SigningName, now);
        using var request = new HttpRequestMessage(wire.Method, uri);
        if (wire.Body.Length > 0 || wire.Headers.Any(h => IsContentHeader(h.Key)))
        {
            request.Content = new ByteArrayContent(wire.Body);
        }

        foreach (var (name, value) in signed)
        {
            if (string.Equals(name, "host", StringComparison.OrdinalIgnoreCase))
            {
                continue; // HttpClient writes Host from the URI: the same authority that was signed.
            }

            if (IsContentHeader(name))
            {
                request.Content!.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = Flatten(response.Headers, response.Content.Headers);
        return new AwsWireResponse(response.StatusCode, headers, body, AwsErrorParser.RequestId(headers));
    }

    private static bool IsContentHeader(string name) => name.StartsWith("content-", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, string> Flatten(HttpResponseHeaders headers, HttpContentHeaders contentHeaders)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in headers.Concat(contentHeaders))
        {
            result[name.ToLowerInvariant()] = string.Join(",", values);
        }

        return result;
    }

    private static LogField[] Fields(AwsService service, string operation, int attempt, string? requestId, TimeSpan? backoff) =>
    [
        new("service", service.ServiceId),
        new("operation", operation),
        new("attempt", attempt.ToString(CultureInfo.InvariantCulture)),
        new("requestId", requestId),
        new("backoffMs", backoff?.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)),
    ];
}
