namespace CostOps.Aws.CloudWatch;

/// <summary>One query's answer: timestamps and values pair up by position. StatusCode PartialData means more on the next page.</summary>
public sealed record MetricDataResult
{
    public required string Id { get; init; }

    public string? Label { get; init; }

    public IReadOnlyList<DateTimeOffset> Timestamps { get; init; } = [];

    public IReadOnlyList<double> Values { get; init; } = [];

    /// <summary>Complete, InternalError, PartialData or Forbidden.</summary>
    public string? StatusCode { get; init; }
}
