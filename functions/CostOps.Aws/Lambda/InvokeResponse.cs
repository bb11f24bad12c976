namespace CostOps.Aws.Lambda;

/// <summary>Lambda <c>Invoke</c> output: for an Event invocation only the status (202) matters.</summary>
public sealed record InvokeResponse
{
    public required int StatusCode { get; init; }
}
