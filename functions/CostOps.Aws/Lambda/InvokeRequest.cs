namespace CostOps.Aws.Lambda;

/// <summary>Lambda <c>Invoke</c> input, asynchronous (InvocationType Event) only.</summary>
public sealed record InvokeRequest
{
    /// <summary>Name, partial ARN or full ARN, optionally with a :qualifier.</summary>
    public required string FunctionName { get; init; }

    /// <summary>JSON event; empty means no body. At most 256 KB for asynchronous calls.</summary>
    public ReadOnlyMemory<byte> Payload { get; init; }
}
