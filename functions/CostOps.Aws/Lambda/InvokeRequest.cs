namespace CostOps.Aws.Lambda;

/// <summary>Lambda <c>Invoke</c> input.</summary>
public sealed record InvokeRequest
{
    /// <summary>Name, partial ARN or full ARN, optionally with a :qualifier.</summary>
    public required string FunctionName { get; init; }

    /// <summary>JSON event; empty means no body. At most 256 KB for asynchronous calls, 6 MB for synchronous ones.</summary>
    public ReadOnlyMemory<byte> Payload { get; init; }

    /// <summary>Synchronous calls only: ask for the last 4 KB of the invocation's log (X-Amz-Log-Type: Tail).</summary>
    public bool TailLog { get; init; }
}
