using System.Globalization;
using System.Text;

namespace CostOps.Core.Budgets;

/// <summary>Formatting of money and names for alert text. Invariant culture: the reader is an email recipient, not the server locale.</summary>
internal static class BudgetText
{
    public static bool IsUsd(string? currency) => string.Equals(currency?.Trim(), "USD", StringComparison.OrdinalIgnoreCase);

    /// <summary>"$41.20" for USD; "41.20 EUR" (or "41.20 GB" for usage budgets) otherwise.</summary>
    public static string Money(decimal amount, string? currency)
    {
        var digits = Math.Abs(amount).ToString("#,0.00", CultureInfo.InvariantCulture);
        var sign = amount < 0 ? "-" : string.Empty;
        if (IsUsd(currency))
        {
            return $"{sign}${digits}";
        }

        var unit = string.IsNullOrWhiteSpace(currency) ? "(no currency)" : currency.Trim();
        return $"{sign}{digits} {unit}";
    }

    /// <summary>"$40" for whole amounts, "$12.50" otherwise.</summary>
    public static string UsdThreshold(decimal value) => value == decimal.Truncate(value)
        ? "$" + value.ToString("#,0", CultureInfo.InvariantCulture)
        : "$" + value.ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Percent(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Replaces anything outside printable ASCII (SNS subjects allow nothing else) with '?'.</summary>
    public static string PrintableAscii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and <= '~' ? c : '?');
        }

        return builder.ToString();
    }
}
