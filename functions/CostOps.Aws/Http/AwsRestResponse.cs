namespace CostOps.Aws.Http;

/// <summary>A successful REST-JSON response: status, headers (names lower-cased) and raw body.</summary>
public sealed record AwsRestResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body);
