using System.Globalization;

namespace CostOps.Core.Insights;

/// <summary>Plain-text lines for cost anomalies (weekly report and budget alerts). Missing fields are said, never guessed.</summary>
public static class AnomalyLines
{
    public const string ConsoleHistory = "https://console.aws.amazon.com/cost-management/home#/anomaly-detection/overview?activeTab=history";

    /// <summary>"Amazon ECS: +$148.75 (+50.0%) from 2026-11-25 to 2026-11-27; top cause: …; console link".</summary>
    public static string Describe(CostAnomaly anomaly) => $"{Summary(anomaly)}; {ConsoleLink(anomaly)}";

    /// <summary><see cref="Describe"/> without the console link.</summary>
    public static string Summary(CostAnomaly anomaly)
    {
        ArgumentNullException.ThrowIfNull(anomaly);
        var what = string.IsNullOrWhiteSpace(anomaly.Dimension) ? "(dimension not given)" : anomaly.Dimension.Trim();
        var impact = anomaly.TotalImpact is { } total
            ? "+" + Usd(total)
            : $"at least +{Usd(anomaly.MaxImpact)} on its worst day (total not given)";
        var percent = anomaly.ImpactPercent is { } p ? string.Create(CultureInfo.InvariantCulture, $" (+{p:0.0}%)") : string.Empty;
        var cause = string.IsNullOrWhiteSpace(anomaly.TopRootCause) ? "no root cause given" : "top cause: " + anomaly.TopRootCause.Trim();
        return $"{what}: {impact}{percent} {Dates(anomaly)}; {cause}";
    }

    /// <summary>The anomaly's page when its monitor and id are known, else the console's anomaly history.</summary>
    public static string ConsoleLink(CostAnomaly anomaly)
    {
        var monitorId = anomaly.MonitorArn?[(anomaly.MonitorArn.LastIndexOf('/') + 1)..];
        return string.IsNullOrWhiteSpace(monitorId) || string.IsNullOrWhiteSpace(anomaly.AnomalyId)
            ? ConsoleHistory
            : $"https://console.aws.amazon.com/cost-management/home#/anomaly-detection/monitors/{Uri.EscapeDataString(monitorId)}/anomalies/{Uri.EscapeDataString(anomaly.AnomalyId)}";
    }

    /// <summary>Total dollars of the anomalies that give a total.</summary>
    public static decimal TotalImpact(IEnumerable<CostAnomaly> anomalies) => anomalies.Sum(a => a.TotalImpact ?? 0m);

    internal static string Usd(decimal amount) => "$" + amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Dates(CostAnomaly anomaly) => (anomaly.Start, anomaly.End) switch
    {
        ({ } s, { } e) when s == e => $"on {Iso(s)}",
        ({ } s, { } e) => $"from {Iso(s)} to {Iso(e)}",
        ({ } s, null) => $"since {Iso(s)} (ongoing)",
        (null, { } e) => $"until {Iso(e)}",
        _ => "(dates not given)",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
