namespace CostOps.Core.Costs;

/// <summary>Recognises "Cost Explorer cannot be used here" failures and says how to fix them.</summary>
public static class CostExplorerAccess
{
    private static readonly string[] Markers = ["AccessDenied", "DataUnavailable", "not enabled"];

    public static IReadOnlyList<string> HowToFix { get; } =
    [
        "Enable Cost Explorer: AWS Billing and Cost Management console > Cost Explorer > Enable (once per account).",
        "Allow the report function ce:GetCostAndUsage and ce:GetCostForecast in its IAM role.",
        "After enabling, data takes up to 24 hours to appear; the next weekly report will include it.",
    ];

    /// <summary>True when the exception (or an inner one) names AccessDenied, DataUnavailableException or "not enabled".</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var typeName = e.GetType().Name;
            foreach (var marker in Markers)
            {
                if (e.Message.Contains(marker, StringComparison.OrdinalIgnoreCase) || typeName.Contains(marker.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
