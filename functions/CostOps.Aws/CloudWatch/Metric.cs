namespace CostOps.Aws.CloudWatch;

/// <summary>CloudWatch <c>Metric</c>: namespace, name and dimensions identify one series.</summary>
public sealed record Metric
{
    public required string Namespace { get; init; }

    public required string MetricName { get; init; }

    public IReadOnlyList<Dimension> Dimensions { get; init; } = [];
}
