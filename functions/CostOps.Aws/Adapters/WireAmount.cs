using System.Globalization;

namespace CostOps.Aws.Adapters;

/// <summary>Cost Explorer and Budgets send amounts as decimal strings ("12.3400000000"); absent or unreadable ones are null.</summary>
internal static class WireAmount
{
    public static decimal? Parse(string? amount) =>
        decimal.TryParse(amount, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
