using System.Globalization;

namespace CostOps.Core.Budgets;

/// <summary>One alert level: e.g. $40 on actual spend, or 100% of the limit on forecasted spend.</summary>
public sealed record BudgetThreshold(decimal Value, ThresholdUnit Unit, SpendKind Kind)
{
    /// <summary>For people: "$40", "$12.50", "80%".</summary>
    public string Label => Unit == ThresholdUnit.Usd ? BudgetText.UsdThreshold(Value) : Normalized(Value) + "%";

    /// <summary>"$40 on actual spend", "100% of the limit on forecasted spend".</summary>
    public string Description => Unit == ThresholdUnit.Usd
        ? $"{Label} on {KindText(Kind)}"
        : $"{Label} of the limit on {KindText(Kind)}";

    /// <summary>The threshold's part of a ledger key: "40usd", "12.5usd", "80pct". Stable across runs and formatting.</summary>
    public string KeyPart => Normalized(Value) + (Unit == ThresholdUnit.Usd ? "usd" : "pct");

    internal static string KindText(SpendKind kind) => kind == SpendKind.Actual ? "actual spend" : "forecasted spend";

    private static string Normalized(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
