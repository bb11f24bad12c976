using System.Net;

namespace CostOps.Aws.Http;

/// <summary>A successful HTTP answer: header names lower-cased.</summary>
internal sealed record AwsWireResponse(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, byte[] Body, string? RequestId);
