using System.Globalization;

namespace CostOps.Hosting.Configuration;

/// <summary>
/// Which cost anomalies the report and the budget alerts read: COSTOPS_ANOMALY_MONITOR_ARN (one monitor; not set
/// reads every monitor of the account) and COSTOPS_ANOMALY_MIN_IMPACT_USD (default 10). Bad values are reported.
/// </summary>
public sealed record AnomalySettings(string? MonitorArn, decimal MinimumImpact)
{
    public const string MonitorVariable = "COSTOPS_ANOMALY_MONITOR_ARN";
    public const string MinimumVariable = "COSTOPS_ANOMALY_MIN_IMPACT_USD";
    public const decimal DefaultMinimumImpact = 10m;

    public static AnomalySettings Read(EnvironmentReader env)
    {
        ArgumentNullException.ThrowIfNull(env);
        var arn = env.OptionalString(MonitorVariable);
        if (arn is not null && (arn.Length > 1024 || !arn.StartsWith("arn:", StringComparison.Ordinal) || !arn.Contains(":anomalymonitor/", StringComparison.Ordinal)))
        {
            env.Report(MonitorVariable, arn, "the ARN of a Cost Anomaly Detection monitor, e.g. arn:aws:ce::123456789012:anomalymonitor/0f9e8d7c-1234-5678-9abc-def012345678");
        }

        var minimum = DefaultMinimumImpact;
        if (env.OptionalString(MinimumVariable) is { } value)
        {
            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount is >= 0m and <= 1_000_000m)
            {
                minimum = amount;
            }
            else
            {
                env.Report(MinimumVariable, value, "a dollar amount from 0 to 1000000, e.g. 10");
            }
        }

        return new AnomalySettings(arn, minimum);
    }
}
