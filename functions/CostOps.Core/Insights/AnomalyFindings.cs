namespace CostOps.Core.Insights;

/// <summary>
/// The anomalies of one period. <see cref="MonitorArn"/> null means CostOps was given no monitor and asked for
/// the anomalies of every monitor of the account: finding none then may mean there is no monitor at all.
/// </summary>
public sealed record AnomalyFindings(IReadOnlyList<CostAnomaly> Anomalies, string? MonitorArn, decimal MinimumImpact)
{
    public const string EnableHint =
        "if the account has no Cost Anomaly Detection monitor, set anomaly_detection_enabled = true in the CostOps Terraform module (or create one in the Cost Explorer console) to have spikes reported here";

    /// <summary>Largest total impact first; one line each, or one line saying there are none (and how to enable a monitor when none is known).</summary>
    public IReadOnlyList<string> Lines()
    {
        if (Anomalies.Count > 0)
        {
            return [.. Anomalies.OrderByDescending(a => a.TotalImpact ?? a.MaxImpact).ThenBy(a => a.Start).Select(AnomalyLines.Describe)];
        }

        var none = $"no cost anomaly with a total impact of {AnomalyLines.Usd(MinimumImpact)} or more";
        return MonitorArn is null ? [$"{none} from any monitor of the account; {EnableHint}"] : [none];
    }
}
