namespace CostOps.Aws.CloudWatch;

/// <summary>CloudWatch <c>MetricDataQuery</c> for one metric statistic (metric math is not used).</summary>
public sealed record MetricDataQuery
{
    /// <summary>Unique in the request; starts with a lower-case letter, then letters, digits and underscores.</summary>
    public required string Id { get; init; }

    public required MetricStat MetricStat { get; init; }

    public string? Label { get; init; }
}
