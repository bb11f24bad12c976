namespace CostOps.Core.Budgets;

/// <summary>The alert's "What to do next" advice: where to look first, then whether to cut spend or raise the threshold.</summary>
internal static class BudgetAlertNextSteps
{
    internal static IEnumerable<string> For(BudgetSnapshot budget, TopServices topServices, OffScheduleReport offSchedule)
    {
        if (offSchedule.Services.Count > 0)
        {
            yield return $"Check the {offSchedule.Services.Count} service(s) running outside their schedule: remove keep-running tags that are no longer needed and find out who started drifted services.";
        }
        else if (topServices.Top.Count > 0)
        {
            yield return $"Open Cost Explorer filtered to \"{topServices.Top[0].Service}\", this month's largest spend, and stop or downsize what is not needed.";
        }
        else
        {
            yield return "Open Cost Explorer grouped by service for this month to see what drives the spend.";
        }

        if (budget.Limit > 0 && budget.Forecast is { } forecast && forecast > budget.Limit)
        {
            yield return $"At this pace the period ends near {BudgetText.Money(forecast, budget.Currency)}, above the {BudgetText.Money(budget.Limit, budget.Currency)} limit: cut spend now, or raise the budget if the growth is expected.";
        }
        else
        {
            yield return $"If this spend is expected, raise the threshold ({BudgetThresholdParser.Setting}) or the budget limit; higher thresholds will still alert.";
        }
    }
}
