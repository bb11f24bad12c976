using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Xml.Linq;
using CostOps.Aws.Http;

namespace CostOps.Aws.Tests.Fakes;

/// <summary>
/// A transport that serialises each JSON request with the type info the client passed (exactly what
/// would go on the wire), records it, and answers with queued JSON (or <c>{}</c>) deserialised with the
/// client's response type info.
/// </summary>
internal sealed class RecordingAwsTransport : IAwsTransport
{
    private readonly Queue<string> _jsonResponses = new();

    public List<RecordedJsonCall> JsonCalls { get; } = [];

    public List<(AwsService Service, string Action, IReadOnlyList<KeyValuePair<string, string>> Parameters)> QueryCalls { get; } = [];

    public List<(AwsService Service, HttpMethod Method, string PathAndQuery, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)> RestCalls { get; } = [];

    public XDocument QueryResponse { get; set; } = new();

    public AwsRestResponse RestResponse { get; set; } = new(202, new Dictionary<string, string>(), ReadOnlyMemory<byte>.Empty);

    public RecordingAwsTransport Respond(params string[] jsonBodies)
    {
        foreach (var body in jsonBodies)
        {
            _jsonResponses.Enqueue(body);
        }

        return this;
    }

    public Task<TResponse> InvokeJsonAsync<TRequest, TResponse>(AwsService service, string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        JsonCalls.Add(new RecordedJsonCall(service, operation, JsonSerializer.Serialize(request, requestType)));
        var body = _jsonResponses.Count > 0 ? _jsonResponses.Dequeue() : "{}";
        return Task.FromResult(JsonSerializer.Deserialize(body, responseType)!);
    }

    public Task<XDocument> InvokeQueryAsync(AwsService service, string action, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        QueryCalls.Add((service, action, parameters));
        return Task.FromResult(QueryResponse);
    }

    public Task<AwsRestResponse> InvokeRestAsync(AwsService service, HttpMethod method, string pathAndQuery, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        RestCalls.Add((service, method, pathAndQuery, headers, body.ToArray()));
        return Task.FromResult(RestResponse);
    }
}
