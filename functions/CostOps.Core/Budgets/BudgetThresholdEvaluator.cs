namespace CostOps.Core.Budgets;

/// <summary>
/// Pure: which thresholds a budget has reached. A threshold is reached when the spend is greater than or equal to it.
/// USD thresholds apply only to budgets kept in USD; percentage thresholds apply to any budget with a positive limit.
/// </summary>
public static class BudgetThresholdEvaluator
{
    /// <summary>Highest amount first; at equal amounts actual before forecast (money spent outranks a projection), then USD before percent.</summary>
    public static IComparer<CrossedThreshold> EscalationOrder { get; } = Comparer<CrossedThreshold>.Create((a, b) =>
    {
        var byAmount = b.Amount.CompareTo(a.Amount);
        if (byAmount != 0)
        {
            return byAmount;
        }

        var byKind = a.Threshold.Kind.CompareTo(b.Threshold.Kind);
        return byKind != 0 ? byKind : a.Threshold.Unit.CompareTo(b.Threshold.Unit);
    });

    public static BudgetEvaluation Evaluate(BudgetSnapshot budget, IReadOnlyList<BudgetThreshold> thresholds)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(thresholds);

        if (string.IsNullOrWhiteSpace(budget.Name))
        {
            return Blocked("The budget has no name, so its alerts cannot be tracked; check the Budgets adapter.");
        }

        if (budget.PeriodStart == default)
        {
            return Blocked($"Budget \"{budget.Name}\" has no period start, so alerts cannot be tracked per period; it was not checked. AWS Budgets should report a time period: check the budget in the console.");
        }

        var notes = new List<string>();
        if (budget.PeriodEnd < budget.PeriodStart)
        {
            notes.Add($"The budget period looks wrong (starts {budget.PeriodStart:yyyy-MM-dd}, ends {budget.PeriodEnd:yyyy-MM-dd}); days left are unknown.");
        }

        var isUsd = BudgetText.IsUsd(budget.Currency);
        var hasLimit = budget.Limit > 0;
        var skippedUsd = new List<string>();
        var skippedPercent = new List<string>();
        var skippedForecast = new List<string>();
        var crossed = new List<CrossedThreshold>();

        foreach (var threshold in thresholds)
        {
            decimal amount;
            if (threshold.Unit == ThresholdUnit.Usd)
            {
                if (!isUsd)
                {
                    skippedUsd.Add(threshold.Description);
                    continue;
                }

                amount = threshold.Value;
            }
            else
            {
                if (!hasLimit)
                {
                    skippedPercent.Add(threshold.Description);
                    continue;
                }

                amount = budget.Limit / 100m * threshold.Value; // divide first: no overflow for any realistic limit
            }

            decimal spend;
            if (threshold.Kind == SpendKind.Actual)
            {
                spend = budget.Actual;
            }
            else if (budget.Forecast is { } forecast)
            {
                spend = forecast;
            }
            else
            {
                skippedForecast.Add(threshold.Description);
                continue;
            }

            if (spend >= amount)
            {
                crossed.Add(new CrossedThreshold(threshold, amount, spend));
            }
        }

        if (skippedUsd.Count > 0)
        {
            var unit = string.IsNullOrWhiteSpace(budget.Currency) ? "no currency" : budget.Currency.Trim();
            notes.Add($"This budget is kept in {unit}, not USD: the USD thresholds ({string.Join(", ", skippedUsd)}) do not apply; percentage thresholds still do.");
        }

        if (skippedPercent.Count > 0)
        {
            notes.Add($"This budget has no positive limit ({budget.Limit}): percentage thresholds ({string.Join(", ", skippedPercent)}) cannot be checked. Set a limit on the budget.");
        }

        if (skippedForecast.Count > 0)
        {
            notes.Add($"AWS has no forecast for this budget yet: forecast thresholds ({string.Join(", ", skippedForecast)}) were not checked.");
        }

        crossed.Sort(EscalationOrder);
        return new BudgetEvaluation(crossed, notes, null);
    }

    private static BudgetEvaluation Blocked(string reason) => new([], [], reason);
}
