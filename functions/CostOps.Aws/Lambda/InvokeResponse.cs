namespace CostOps.Aws.Lambda;

/// <summary>Lambda <c>Invoke</c> output. For an Event invocation only the status (202) is set.</summary>
public sealed record InvokeResponse
{
    public required int StatusCode { get; init; }

    /// <summary>Synchronous calls: the function's answer, or its error object when <see cref="FunctionError"/> is set.</summary>
    public ReadOnlyMemory<byte> Payload { get; init; }

    /// <summary>Synchronous calls: set (e.g. <c>Unhandled</c>) when the function failed.</summary>
    public string? FunctionError { get; init; }

    /// <summary>Synchronous calls with <see cref="InvokeRequest.TailLog"/>: the last 4 KB of the log, decoded.</summary>
    public string? LogTail { get; init; }

    /// <summary>Synchronous calls: the version that ran (<c>$LATEST</c> or a number).</summary>
    public string? ExecutedVersion { get; init; }
}
