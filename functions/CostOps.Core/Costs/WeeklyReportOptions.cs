using NodaTime;

namespace CostOps.Core.Costs;

/// <summary>Settings of the weekly cost report. Call <see cref="Validate"/> at start-up; it names the bad field.</summary>
public sealed record WeeklyReportOptions
{
    public static readonly IReadOnlySet<string> Metrics = new HashSet<string>(StringComparer.Ordinal)
    {
        "UnblendedCost", "BlendedCost", "AmortizedCost", "NetUnblendedCost", "NetAmortizedCost",
    };

    /// <summary>IANA zone in which weeks start on Monday 00:00. Default "UTC".</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Cost Explorer metric. Default "UnblendedCost"; one of <see cref="Metrics"/>.</summary>
    public string Metric { get; init; } = "UnblendedCost";

    /// <summary>Cost-allocation tag to split spend by. Default "Environment". It must be activated in the Billing console.</summary>
    public string CostAllocationTag { get; init; } = "Environment";

    /// <summary>Services listed by spend. Default 8, range 1-50.</summary>
    public int TopServices { get; init; } = 8;

    /// <summary>Services listed by absolute change. Default 5, range 1-50.</summary>
    public int TopMovers { get; init; } = 5;

    /// <summary>How far before the week to look for a Stopped record whose Started falls in the week. Default 14 days, range 1-90.</summary>
    public TimeSpan ActivityLookback { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Fargate Spot discount versus on-demand used to price Spot hours. Default 0.70 (AWS: "up to 70% off"); range 0-0.95.</summary>
    public decimal SpotDiscount { get; init; } = 0.70m;

    /// <summary>How long the HTML report link works. Default 7 days, the most a presigned S3 URL allows; range 1 hour-7 days.</summary>
    public TimeSpan LinkValidity { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Right-sizing keeps the observed peak at or under this share of the recommended size. Default 0.70; range above 0 to 1.</summary>
    public decimal RightSizingHeadroom { get; init; } = Insights.RightSizingOptions.DefaultHeadroom;

    /// <summary>Right-sizing recommendations listed, largest saving first. Default 5, range 1-50.</summary>
    public int RightSizingTop { get; init; } = 5;

    /// <summary>Anomalies with a smaller total impact (USD) are not asked for. Default 10, range 0-1,000,000.</summary>
    public decimal AnomalyMinimumImpact { get; init; } = 10m;

    /// <summary>The Cost Anomaly Detection monitor to read; null reads every monitor of the account.</summary>
    public string? AnomalyMonitorArn { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid field and what is allowed.</summary>
    public DateTimeZone Validate()
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZone ?? string.Empty)
            ?? throw new ArgumentException($"WeeklyReportOptions.TimeZone \"{TimeZone}\" is not an IANA time zone name (e.g. Europe/Berlin, America/New_York, UTC).", nameof(TimeZone));
        if (!Metrics.Contains(Metric ?? string.Empty))
        {
            throw new ArgumentException($"WeeklyReportOptions.Metric \"{Metric}\" is not a Cost Explorer metric; use one of {string.Join(", ", Metrics)}.", nameof(Metric));
        }

        if (string.IsNullOrWhiteSpace(CostAllocationTag) || CostAllocationTag.Length > 128)
        {
            throw new ArgumentException("WeeklyReportOptions.CostAllocationTag must be a tag key of 1 to 128 characters, e.g. Environment.", nameof(CostAllocationTag));
        }

        Require(TopServices is >= 1 and <= 50, nameof(TopServices), $"{TopServices}", "1 to 50");
        Require(TopMovers is >= 1 and <= 50, nameof(TopMovers), $"{TopMovers}", "1 to 50");
        Require(ActivityLookback >= TimeSpan.FromDays(1) && ActivityLookback <= TimeSpan.FromDays(90), nameof(ActivityLookback), $"{ActivityLookback}", "1 to 90 days");
        Require(SpotDiscount is >= 0m and <= 0.95m, nameof(SpotDiscount), $"{SpotDiscount}", "0 to 0.95");
        Require(RightSizingHeadroom is > 0m and <= 1m, nameof(RightSizingHeadroom), $"{RightSizingHeadroom}", "above 0 and at most 1");
        Require(RightSizingTop is >= 1 and <= 50, nameof(RightSizingTop), $"{RightSizingTop}", "1 to 50");
        Require(AnomalyMinimumImpact is >= 0m and <= 1_000_000m, nameof(AnomalyMinimumImpact), $"{AnomalyMinimumImpact}", "0 to 1,000,000");
        Require(LinkValidity >= TimeSpan.FromHours(1) && LinkValidity <= TimeSpan.FromDays(7), nameof(LinkValidity), $"{LinkValidity}", "1 hour to 7 days");
        return zone;
    }

    private static void Require(bool ok, string field, string value, string allowed)
    {
        if (!ok)
        {
            throw new ArgumentException($"WeeklyReportOptions.{field} is {value}; it must be {allowed}.", field);
        }
    }
}
