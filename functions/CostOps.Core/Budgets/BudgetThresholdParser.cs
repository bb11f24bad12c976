using System.Globalization;
using System.Text.Json;
using CostOps.Core.Configuration;

namespace CostOps.Core.Budgets;

/// <summary>
/// Parses COSTOPS_BUDGET_THRESHOLDS. Compact form: comma-separated items <c>[$]number[%][:actual|:forecast|:both]</c>,
/// e.g. <c>25,40,60,100%:forecast</c>; a bare number is US dollars on actual spend. JSON form: an array of <see cref="ThresholdSpec"/>.
/// </summary>
public static class BudgetThresholdParser
{
    public const string Setting = "COSTOPS_BUDGET_THRESHOLDS";
    public const string Example = "\"25,40,60,100%:forecast\" or [{\"amount\":40},{\"percent\":100,\"on\":\"forecast\"}]";

    // Upper bounds catch typos (an extra zero or two) rather than model real limits.
    internal const decimal MaxUsd = 1_000_000_000m;
    internal const decimal MaxPercent = 1_000m;
    internal const int MaxThresholds = 20;

    public static IReadOnlyList<BudgetThreshold> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Error($"{Setting} is empty: give at least one threshold, e.g. {Example}.");
        }

        var trimmed = text.Trim();
        var thresholds = trimmed.StartsWith('[') ? ParseJson(trimmed) : ParseCompact(trimmed);
        if (thresholds.Count > MaxThresholds)
        {
            throw Error($"{Setting} has {thresholds.Count} thresholds; at most {MaxThresholds} are allowed.");
        }

        return thresholds;
    }

    private static List<BudgetThreshold> ParseCompact(string text)
    {
        var result = new List<BudgetThreshold>();
        var items = text.Split(',');
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i].Trim();
            var where = $"{Setting} item {i + 1} \"{(item.Length <= 40 ? item : item[..40] + "…")}\"";
            if (item.Length == 0)
            {
                throw Error($"{where} is empty (two commas in a row or a trailing comma?). Example: {Example}.");
            }

            var kindText = "actual";
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            var valueText = item;
            if (colon >= 0)
            {
                kindText = item[(colon + 1)..].Trim();
                valueText = item[..colon].Trim();
            }

            var percent = valueText.EndsWith('%');
            var dollar = valueText.StartsWith('$');
            if (percent && dollar)
            {
                throw Error($"{where} is both a dollar amount and a percentage; write \"$40\" or \"80%\".");
            }

            var number = valueText.TrimStart('$').TrimEnd('%').Trim();
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw Error($"{where}: \"{number}\" is not a number. Write a plain number with a dot for decimals, e.g. \"40\", \"$12.50\" or \"80%\".");
            }

            Add(result, value, percent ? ThresholdUnit.PercentOfLimit : ThresholdUnit.Usd, kindText, where);
        }

        return result;
    }

    private static List<BudgetThreshold> ParseJson(string text)
    {
        List<ThresholdSpec?>? specs;
        try
        {
            specs = JsonSerializer.Deserialize(text, BudgetJsonContext.Default.ListThresholdSpec);
        }
        catch (JsonException ex)
        {
            throw Error($"{Setting} is not a valid JSON list of thresholds: {JsonErrorText.Describe(ex, ExpectedAt)}. Example: {Example}.");
        }

        if (specs is null || specs.Count == 0)
        {
            throw Error($"{Setting} is an empty JSON array: give at least one threshold, e.g. {Example}.");
        }

        var result = new List<BudgetThreshold>();
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            var where = $"{Setting} item {i + 1}";
            if (spec is null || (spec.Amount is null) == (spec.Percent is null))
            {
                throw Error($"{where} must have exactly one of \"amount\" (USD) or \"percent\", e.g. {{\"amount\":40}} or {{\"percent\":100,\"on\":\"forecast\"}}.");
            }

            var unit = spec.Amount is null ? ThresholdUnit.PercentOfLimit : ThresholdUnit.Usd;
            Add(result, spec.Amount ?? spec.Percent!.Value, unit, spec.On ?? "actual", where);
        }

        return result;
    }

    private static string? ExpectedAt(string path) => path switch
    {
        "$" => "a list of thresholds in [ ]",
        _ when path.EndsWith(".amount", StringComparison.OrdinalIgnoreCase) => "a number of US dollars, e.g. 40",
        _ when path.EndsWith(".percent", StringComparison.OrdinalIgnoreCase) => "a percentage of the budget's limit, e.g. 80",
        _ when path.EndsWith(".on", StringComparison.OrdinalIgnoreCase) => "\"actual\", \"forecast\" or \"both\"",
        _ when path.EndsWith(']') => "a threshold such as {\"amount\":40} or {\"percent\":100,\"on\":\"forecast\"} (fields amount, percent, on)",
        _ => null,
    };

    private static void Add(List<BudgetThreshold> result, decimal value, ThresholdUnit unit, string kindText, string where)
    {
        var max = unit == ThresholdUnit.Usd ? MaxUsd : MaxPercent;
        if (value <= 0 || value > max)
        {
            var range = unit == ThresholdUnit.Usd ? $"$0 < amount <= ${max:0}" : $"0% < percent <= {max:0}%";
            throw Error($"{where}: {value.ToString(CultureInfo.InvariantCulture)} is out of range ({range}).");
        }

        SpendKind[] kinds = kindText.ToUpperInvariant() switch
        {
            "ACTUAL" => [SpendKind.Actual],
            "FORECAST" => [SpendKind.Forecast],
            "BOTH" => [SpendKind.Actual, SpendKind.Forecast],
            _ => throw Error($"{where}: unknown spend kind \"{kindText}\"; use actual, forecast or both (e.g. \"100%:forecast\")."),
        };

        foreach (var kind in kinds)
        {
            var threshold = new BudgetThreshold(value, unit, kind);
            if (result.Exists(t => t.KeyPart == threshold.KeyPart && t.Kind == kind))
            {
                throw Error($"{where}: {threshold.Description} is listed twice; remove the duplicate.");
            }

            result.Add(threshold);
        }
    }

    private static BudgetConfigurationException Error(string message) => new(Setting, message);
}
