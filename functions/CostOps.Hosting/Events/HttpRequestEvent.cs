namespace CostOps.Hosting.Events;

/// <summary>An HTTP request, from a load balancer or a function URL, in one shape.</summary>
/// <param name="Headers">Lower-case names; a header sent several times keeps its last value.</param>
/// <param name="Body">The body as text (decoded when the event carried it in base64); empty when none.</param>
/// <param name="SourceIp">The client address: the function URL's <c>sourceIp</c>, or the last <c>x-forwarded-for</c> entry (the one the load balancer added).</param>
/// <param name="Caller">The signed caller of a function URL with AWS_IAM auth (its IAM ARN); null from a load balancer.</param>
public sealed record HttpRequestEvent(
    HttpOrigin Origin,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    string? SourceIp,
    string? Caller) : InvocationEvent
{
    public override EventKind Kind => EventKind.HttpRequest;

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
