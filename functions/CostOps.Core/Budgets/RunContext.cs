using CostOps.Core.Activity;

namespace CostOps.Core.Budgets;

/// <summary>Data shared by all alerts of one run, fetched at most once and only when an alert is sent (Cost Explorer charges per call).
/// A failing source becomes a note in the alert, never a failed alert.</summary>
internal sealed class RunContext(IServiceSpendSource serviceSpend, IFleetStatus fleet, int topServiceCount, DateOnly today, Insights.Ports.IInsightsSource? insights = null)
{
    private readonly Dictionary<DateOnly, AnomalyReport> _anomalies = [];
    private Task<IReadOnlyList<Insights.ServiceCeiling>>? _ceilings;

    private TopServices? _topServices;
    private OffScheduleReport? _offSchedule;

    public DateOnly Today { get; } = today;

    public async Task<TopServices> TopServicesAsync(CancellationToken cancellationToken)
    {
        if (_topServices is not null)
        {
            return _topServices;
        }

        var monthStart = new DateOnly(Today.Year, Today.Month, 1);
        try
        {
            if (serviceSpend is IAccountSpendSource byAccount)
            {
                // The same one request grouped by SERVICE and LINKED_ACCOUNT: the accounts and their names come with it.
                var spend = await byAccount.MonthToDateByServiceAndAccountAsync(monthStart, Today.AddDays(1), cancellationToken).ConfigureAwait(false);
                var accounts = (spend?.ByAccount ?? []).Where(a => a is not null && !string.IsNullOrEmpty(a.AccountId))
                    .OrderByDescending(a => a.Amount).ThenBy(a => a.AccountId, StringComparer.Ordinal).ToList();
                _topServices = TopServices.Pick(spend?.ByService ?? [], topServiceCount, monthStart, Today) with { Accounts = accounts };
            }
            else
            {
                var all = await serviceSpend.MonthToDateByServiceAsync(monthStart, Today.AddDays(1), cancellationToken).ConfigureAwait(false);
                _topServices = TopServices.Pick(all ?? [], topServiceCount, monthStart, Today);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _topServices = new TopServices([], monthStart, Today, $"Cost Explorer could not be read ({ex.Message}). Check that Cost Explorer is enabled and the function may call ce:GetCostAndUsage.");
        }

        return _topServices;
    }

    public async Task<OffScheduleReport> OffScheduleAsync(CancellationToken cancellationToken)
    {
        if (_offSchedule is not null)
        {
            return _offSchedule;
        }

        try
        {
            var services = await fleet.RunningOutsideScheduleAsync(cancellationToken).ConfigureAwait(false);
            _offSchedule = new OffScheduleReport(services?.Where(s => s is not null).ToList() ?? [], null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _offSchedule = new OffScheduleReport([], $"the scheduler's fleet status could not be read ({ex.Message}).");
        }

        return _offSchedule;
    }

    /// <summary>Open anomalies from the budget period's start to today (one paid Cost Explorer request per period start); null when not configured.</summary>
    public async Task<AnomalyReport?> AnomaliesAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        if (insights is null)
        {
            return null;
        }

        var start = periodStart <= Today ? periodStart : Today;
        if (_anomalies.TryGetValue(start, out var known))
        {
            return known;
        }

        AnomalyReport report;
        try
        {
            var answer = await insights.AnomaliesAsync(start, Today.AddDays(1), cancellationToken).ConfigureAwait(false);
            report = new AnomalyReport(answer.Value, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            report = new AnomalyReport(null, $"Cost anomalies could not be read ({ex.Message}). Allow ce:GetAnomalies to the budget alerts function.");
        }

        _anomalies[start] = report;
        return report;
    }

    /// <summary>
    /// The runaway guard against this budget when it is at risk (a monthly USD budget whose actual or forecast spend
    /// reaches its limit); null when not configured or not at risk. Ceilings are read once a run.
    /// </summary>
    public async Task<RunawayReport?> RunawayAsync(BudgetSnapshot budget, CancellationToken cancellationToken)
    {
        var atRisk = budget.Limit > 0m && (budget.Actual >= budget.Limit || budget.Forecast >= budget.Limit);
        if (insights is null || !atRisk || !BudgetText.IsUsd(budget.Currency) || !string.Equals(budget.TimeUnit, "MONTHLY", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            _ceilings ??= insights.CeilingsAsync(cancellationToken);
            var ceilings = await _ceilings.ConfigureAwait(false);
            var prices = Costs.FargatePriceTable.Default;
            var limits = ceilings.Select(c => new Insights.ScalingLimit(c.Service, c.MaxCapacity, c.Size, c.Architecture, prices.Lookup(c.Region, c.Architecture, out _), budget.Name, budget.Limit));
            return new RunawayReport([.. Insights.RunawayGuard.Find(limits).Select(f => f.Line)], null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new RunawayReport([], $"Auto Scaling maxima could not be read ({ex.Message}).");
        }
    }
}
