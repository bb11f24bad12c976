using CostOps.Core.Activity;
using CostOps.Core.Budgets;
using CostOps.Core.Costs.Ports;
using CostOps.Core.Insights.Ports;

namespace CostOps.Core.Costs;

/// <summary>
/// Reads what a report needs: at most four paid Cost Explorer requests when each answer fits one
/// page (by service and usage type, by tag and linked account, forecast, anomalies). If Cost Explorer is unavailable, the others are not tried.
/// With an insights source, CloudWatch utilization of the managed services over the 14 days up to the week's end.
/// Only the spend by service is essential: any other part that fails (tag grouping, forecast, budgets,
/// scheduler activity, fleet status) becomes a problem line in the report and the report still goes out.
/// </summary>
public sealed class WeeklyReportFetcher(WeeklyReportOptions options, ICostDataReader costs, IBudgetSource budgets, IActivityLog activity, IFleetStatus fleet, IInsightsSource? insights = null)
{
    public async Task<WeeklyReportInputs> FetchAsync(ReportWindow window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var query = new CostQuery(window.CostStart, window.CostEnd, options.Metric);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var monthStart = new DateOnly(today.Year, today.Month, 1);

        // The spend by service also covers the month so far when the report runs right after its week, so the
        // report can state the month-end forecast (month to date + Cost Explorer's forecast of the rest).
        var serviceQuery = MonthEndForecast.Covers(window, today) && monthStart < window.CostStart ? query with { Start = monthStart } : query;
        var inputs = new WeeklyReportInputs { Window = window, Metric = options.Metric, TagKey = options.CostAllocationTag, GeneratedAt = now };
        var requests = 0;

        try
        {
            if (costs is IUsageTypeCostReader usageTypes)
            {
                var byUsage = await usageTypes.DailyByServiceAndUsageTypeAsync(serviceQuery, cancellationToken).ConfigureAwait(false);
                requests += byUsage.PaidRequests;
                inputs = inputs with { ByService = byUsage.Value.ByService, FargateUsage = byUsage.Value.Fargate };
            }
            else
            {
                var byService = await costs.DailyByServiceAsync(serviceQuery, cancellationToken).ConfigureAwait(false);
                requests += byService.PaidRequests;
                inputs = inputs with { ByService = byService.Value };
            }
        }
        catch (Exception ex) when (CostExplorerAccess.IsUnavailable(ex))
        {
            inputs = inputs with { CostExplorerProblem = $"Cost Explorer is not available to CostOps: {ex.Message}" };
        }

        if (inputs.ByService is not null)
        {
            try
            {
                if (costs is ILinkedAccountCostReader linked)
                {
                    // Grouped by the tag and LINKED_ACCOUNT: the spend per account of a management account, in the same request.
                    var byTagAndAccount = await linked.DailyByTagAndAccountAsync(query, options.CostAllocationTag, cancellationToken).ConfigureAwait(false);
                    requests += byTagAndAccount.PaidRequests;
                    var value = byTagAndAccount.Value;
                    inputs = inputs with { ByTag = value.ByTag, ByAccount = value.ByAccount, AccountNames = value.AccountNames };
                }
                else
                {
                    var byTag = await costs.DailyByTagAsync(query, options.CostAllocationTag, cancellationToken).ConfigureAwait(false);
                    requests += byTag.PaidRequests;
                    inputs = inputs with { ByTag = byTag.Value };
                }
            }
            catch (Exception ex) when (CostExplorerAccess.IsUnavailable(ex))
            {
                inputs = inputs with { TagProblem = $"Spend by tag {options.CostAllocationTag} is unavailable: {ex.Message} Activate the tag under Billing > Cost allocation tags." };
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                inputs = inputs with { TagProblem = $"Spend by tag {options.CostAllocationTag} could not be read ({Describe(ex)})." };
            }

            try
            {
                var monthEnd = monthStart.AddMonths(1);
                var forecast = await costs.ForecastAsync(today, monthEnd, options.Metric, cancellationToken).ConfigureAwait(false);
                requests += forecast.PaidRequests;
                inputs = inputs with { Forecast = forecast.Value };
            }
            catch (Exception ex) when (CostExplorerAccess.IsUnavailable(ex))
            {
                inputs = inputs with { ForecastProblem = $"No forecast: {ex.Message}" };
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                inputs = inputs with { ForecastProblem = $"No forecast: Cost Explorer's forecast could not be read ({Describe(ex)})." };
            }
        }

        try
        {
            inputs = inputs with { Budgets = await budgets.ListAsync(cancellationToken).ConfigureAwait(false) };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            inputs = inputs with { BudgetProblem = $"Budgets could not be read ({Describe(ex)}). Allow budgets:ViewBudget to the report function." };
        }

        try
        {
            var records = new List<ServiceActivity>();
            await foreach (var record in activity.ReadAsync(window.StartsAt - options.ActivityLookback, window.EndsAt, cancellationToken).ConfigureAwait(false))
            {
                records.Add(record);
            }

            inputs = inputs with { Activity = records };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            inputs = inputs with { ActivityProblem = $"Scheduler savings are not shown: the scheduler's activity log could not be read ({Describe(ex)})." };
        }

        try
        {
            var outside = await fleet.RunningOutsideScheduleAsync(cancellationToken).ConfigureAwait(false);
            inputs = inputs with { RunningOutsideSchedule = outside ?? [] };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            inputs = inputs with { FleetProblem = $"Services running outside their schedule are not listed: the scheduler's fleet status could not be read ({Describe(ex)})." };
        }

        if (insights is not null)
        {
            inputs = await FetchInsightsAsync(insights, inputs, window, cancellationToken).ConfigureAwait(false);
            requests += inputs.CostExplorerRequests;
        }

        return inputs with { CostExplorerRequests = requests };
    }

    /// <summary>Anomalies of the report's week (one paid request, only when Cost Explorer answered) and utilization; each failure is one line.</summary>
    private static async Task<WeeklyReportInputs> FetchInsightsAsync(IInsightsSource source, WeeklyReportInputs inputs, ReportWindow window, CancellationToken cancellationToken)
    {
        inputs = inputs with { InsightsRead = true, CostExplorerRequests = 0 };
        if (inputs.ByService is null)
        {
            inputs = inputs with { AnomalyProblem = "Cost anomalies are not shown: Cost Explorer is not available to CostOps." };
        }
        else
        {
            try
            {
                var anomalies = await source.AnomaliesAsync(window.WeekStart.ToDateOnly(), window.CostEnd, cancellationToken).ConfigureAwait(false);
                inputs = inputs with { Anomalies = anomalies.Value, CostExplorerRequests = anomalies.PaidRequests };
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                inputs = inputs with { AnomalyProblem = $"Cost anomalies could not be read ({Describe(ex)}). Allow ce:GetAnomalies to the report function." };
            }
        }

        try
        {
            var utilization = await source.UtilizationAsync(window.EndsAt.AddDays(-ReportWindow.Days), window.EndsAt, cancellationToken).ConfigureAwait(false);
            return inputs with { Utilization = utilization.Value, CloudWatchMetrics = utilization.MetricsRequested };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var why = ex is InvalidOperationException
                ? ex.Message
                : $"service utilization could not be read ({Describe(ex)}); the report function needs cloudwatch:GetMetricData and read access to the managed clusters' services, task definitions and scalable targets.";
            return inputs with { UtilizationProblem = $"Right-sizing and the runaway guard are not shown: {why}" };
        }
    }

    private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";
}
