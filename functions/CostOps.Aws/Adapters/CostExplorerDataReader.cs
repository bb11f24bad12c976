using System.Globalization;
using System.Text;
using CostOps.Aws.CostExplorer;
using CostOps.Core.Budgets;
using CostOps.Core.Costs;
using CostOps.Core.Costs.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>Reads daily costs and forecasts from Cost Explorer, counting every page as one paid request.</summary>
public sealed partial class CostExplorerDataReader(ICostExplorerClient client) : ICostDataReader, IUsageTypeCostReader, IServiceSpendSource
{
    /// <summary>
    /// Month-to-date spend per service: the services of <see cref="MonthToDateByServiceAndAccountAsync"/>, the same one paid
    /// request (MONTHLY, grouped by SERVICE and LINKED_ACCOUNT); on the first day of a month there is nothing to ask for yet.
    /// </summary>
    public async Task<IReadOnlyList<ServiceSpend>> MonthToDateByServiceAsync(DateOnly monthStart, DateOnly endExclusive, CancellationToken cancellationToken) =>
        (await MonthToDateByServiceAndAccountAsync(monthStart, endExclusive, cancellationToken).ConfigureAwait(false)).ByService;

    public Task<CostAnswer<IReadOnlyList<DailyCost>>> DailyByServiceAsync(CostQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadDailyAsync(query, new GroupDefinition { Type = "DIMENSION", Key = "SERVICE" }, cancellationToken);
    }

    /// <summary>
    /// The by-service request grouped by SERVICE and USAGE_TYPE with <c>UsageQuantity</c> as a second metric: costs are summed
    /// per service and day as <see cref="DailyByServiceAsync"/> returns them, and the Fargate usage-type lines are kept.
    /// </summary>
    public async Task<CostAnswer<ServiceUsageCosts>> DailyByServiceAndUsageTypeAsync(CostQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        const string quantity = "UsageQuantity";
        var request = new GetCostAndUsageRequest
        {
            TimePeriod = Interval(query.Start, query.End),
            Granularity = "DAILY",
            Metrics = [query.Metric, quantity],
            GroupBy = [new GroupDefinition { Type = "DIMENSION", Key = "SERVICE" }, new GroupDefinition { Type = "DIMENSION", Key = "USAGE_TYPE" }],
        };
        var byService = new Dictionary<(DateOnly Day, string Service, string Currency), (decimal? Amount, bool Estimated)>();
        var fargate = new List<UsageTypeCost>();
        var pages = new CostPages(client);
        await foreach (var row in pages.GroupsAsync(request, null, cancellationToken).ConfigureAwait(false))
        {
            var (service, usageType) = (row.Key(0), row.Key(1));
            var (amount, currency) = row.Metric(query.Metric);
            var key = (row.Day, service, currency);
            var sum = byService.GetValueOrDefault(key);
            byService[key] = (amount is null ? sum.Amount : (sum.Amount ?? 0m) + amount, row.Estimated);
            if (usageType.Contains("Fargate-", StringComparison.Ordinal))
            {
                fargate.Add(new UsageTypeCost(row.Day, service, usageType, amount, row.Metric(quantity).Amount, currency));
            }
        }

        var daily = byService.Select(e => new DailyCost(e.Key.Day, e.Key.Service, e.Value.Amount, e.Key.Currency, e.Value.Estimated)).ToList();
        return new CostAnswer<ServiceUsageCosts>(new ServiceUsageCosts(daily, fargate), pages.Count);
    }

    public Task<CostAnswer<IReadOnlyList<DailyCost>>> DailyByTagAsync(CostQuery query, string tagKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(tagKey);
        return ReadDailyAsync(query, new GroupDefinition { Type = "TAG", Key = tagKey }, cancellationToken);
    }

    public async Task<CostAnswer<CostForecast>> ForecastAsync(DateOnly from, DateOnly toExclusive, string metric, CancellationToken cancellationToken)
    {
        var response = await client.GetCostForecastAsync(
            new GetCostForecastRequest
            {
                TimePeriod = Interval(from, toExclusive),
                Metric = ForecastMetric(metric),
                Granularity = "MONTHLY",
            },
            cancellationToken).ConfigureAwait(false);
        var amount = WireAmount.Parse(response.Total?.Amount);
        return new CostAnswer<CostForecast>(new CostForecast(from, toExclusive, amount, response.Total?.Unit ?? "USD"), 1);
    }

    /// <summary>GetCostAndUsage names metrics in PascalCase (UnblendedCost); GetCostForecast wants its enum (UNBLENDED_COST).</summary>
    internal static string ForecastMetric(string metric)
    {
        var builder = new StringBuilder(metric.Length + 4);
        for (var i = 0; i < metric.Length; i++)
        {
            if (i > 0 && char.IsUpper(metric[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(metric[i]));
        }

        return builder.ToString();
    }

    private async Task<CostAnswer<IReadOnlyList<DailyCost>>> ReadDailyAsync(CostQuery query, GroupDefinition groupBy, CancellationToken cancellationToken)
    {
        var request = new GetCostAndUsageRequest
        {
            TimePeriod = Interval(query.Start, query.End),
            Granularity = "DAILY",
            Metrics = [query.Metric],
            GroupBy = [groupBy],
        };
        var costs = new List<DailyCost>();
        var pages = new CostPages(client);
        await foreach (var row in pages.GroupsAsync(request, null, cancellationToken).ConfigureAwait(false))
        {
            var (amount, currency) = row.Metric(query.Metric);
            costs.Add(new DailyCost(row.Day, row.Key(0), amount, currency, row.Estimated));
        }

        return new CostAnswer<IReadOnlyList<DailyCost>>(costs, pages.Count);
    }

    private static DateInterval Interval(DateOnly start, DateOnly endExclusive) => new()
    {
        Start = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        End = endExclusive.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
