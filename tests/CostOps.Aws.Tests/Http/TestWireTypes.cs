using System.Text.Json.Serialization;

namespace CostOps.Aws.Tests.Http;

internal sealed record ListThingsRequest([property: JsonPropertyName("cluster")] string Cluster, [property: JsonPropertyName("nextToken")] string? NextToken);

internal sealed record ListThingsResponse([property: JsonPropertyName("serviceArns")] IReadOnlyList<string>? ServiceArns, [property: JsonPropertyName("nextToken")] string? NextToken);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ListThingsRequest))]
[JsonSerializable(typeof(ListThingsResponse))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
