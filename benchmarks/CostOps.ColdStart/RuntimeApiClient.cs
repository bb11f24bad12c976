using System.Net.Http.Headers;
using System.Text.Json;

namespace CostOps.ColdStart;

/// <summary>
/// The Lambda Runtime API (2018-06-01) as a custom runtime speaks it: wait for the next invocation, post its
/// response or its error, or report an initialization error. Only what the cold-start harness needs.
/// </summary>
internal sealed class RuntimeApiClient(HttpClient http, string api)
{
    private readonly string _base = $"http://{api}/2018-06-01/runtime";

    /// <summary>Blocks until Lambda hands over the next event.</summary>
    public async Task<(string RequestId, string? TraceId, byte[] Event)> NextAsync()
    {
        using var response = await http.GetAsync(new Uri($"{_base}/invocation/next"), HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var id = response.Headers.TryGetValues("Lambda-Runtime-Aws-Request-Id", out var ids) ? ids.First()
            : throw new InvalidOperationException("the Runtime API sent an invocation without Lambda-Runtime-Aws-Request-Id");
        var trace = response.Headers.TryGetValues("Lambda-Runtime-Trace-Id", out var traces) ? traces.First() : null;
        return (id, trace, await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false));
    }

    public async Task RespondAsync(string requestId, Stream result)
    {
        using var content = new StreamContent(result);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(new Uri($"{_base}/invocation/{Uri.EscapeDataString(requestId)}/response"), content).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public Task FailAsync(string requestId, Exception error) => PostErrorAsync($"{_base}/invocation/{Uri.EscapeDataString(requestId)}/error", error);

    public Task InitErrorAsync(Exception error) => PostErrorAsync($"{_base}/init/error", error);

    private async Task PostErrorAsync(string url, Exception error)
    {
        using var content = new ByteArrayContent(ErrorJson(error));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url)) { Content = content };
        request.Headers.TryAddWithoutValidation("Lambda-Runtime-Function-Error-Type", "Unhandled");
        using var response = await http.SendAsync(request).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The error document Lambda expects: errorMessage and errorType (written without reflection).</summary>
    internal static byte[] ErrorJson(Exception error)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("errorMessage", error.Message);
            writer.WriteString("errorType", error.GetType().Name);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
