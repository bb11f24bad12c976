namespace CostOps.Benchmarks;

/// <summary>Holds every HTTP call for a fixed real delay before passing it on: an AWS round trip for the steady-tick measurement.</summary>
internal sealed class LatencyHandler(HttpMessageHandler inner, TimeSpan latency) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await Task.Delay(latency, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
