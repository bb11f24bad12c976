namespace CostOps.Aws.Http;

/// <summary>A protocol-encoded request before endpoint resolution and signing.</summary>
/// <param name="PathAndQuery">Starts with '/'; path segments already percent-encoded.</param>
internal sealed record AwsWireRequest(HttpMethod Method, string PathAndQuery, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body);
