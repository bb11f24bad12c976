using System.Net;
using System.Text;

namespace CostOps.Cli.Tests.Fakes;

/// <summary>Answers the requests <paramref name="matches"/> picks with one AWS JSON error; passes the rest to <paramref name="inner"/>.</summary>
public sealed class AnsweringHandler(HttpMessageHandler inner, Func<HttpRequestMessage, bool> matches, HttpStatusCode status, string type, string message) : DelegatingHandler(inner)
{
    public int Answered { get; private set; }

    public static bool IsDynamoDb(HttpRequestMessage request) =>
        request.Headers.TryGetValues("X-Amz-Target", out var targets) && targets.Any(t => t.StartsWith("DynamoDB_", StringComparison.Ordinal));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!matches(request))
        {
            return base.SendAsync(request, cancellationToken);
        }

        Answered++;
        var body = $$"""{"__type":"{{type}}","message":"{{message}}"}""";
        return Task.FromResult(new HttpResponseMessage(status)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-amz-json-1.1"),
            RequestMessage = request,
        });
    }
}
