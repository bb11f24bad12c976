using System.Globalization;
using System.Text;
using CostOps.Aws.CostExplorer;
using CostOps.Core.Budgets;
using CostOps.Core.Costs;
using CostOps.Core.Costs.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>Reads daily costs and forecasts from Cost Explorer, counting every page as one paid request.</summary>
public sealed class CostExplorerDataReader(ICostExplorerClient client) : ICostDataReader, IServiceSpendSource
{
    /// <summary>One request (MONTHLY granularity, grouped by SERVICE); on the first day of a month there is nothing to ask for yet.</summary>
    public async Task<IReadOnlyList<ServiceSpend>> MonthToDateByServiceAsync(DateOnly monthStart, DateOnly endExclusive, CancellationToken cancellationToken)
    {
        if (endExclusive <= monthStart)
        {
            return [];
        }

        const string metric = "UnblendedCost";
        var totals = new Dictionary<(string Service, string Currency), decimal>();
        var request = new GetCostAndUsageRequest
        {
            TimePeriod = Interval(monthStart, endExclusive),
            Granularity = "MONTHLY",
            Metrics = [metric],
            GroupBy = [new GroupDefinition { Type = "DIMENSION", Key = "SERVICE" }],
        };
        await foreach (var page in client.GetCostAndUsageAllAsync(request, cancellationToken).ConfigureAwait(false))
        {
            foreach (var group in (page.ResultsByTime ?? []).SelectMany(r => r.Groups ?? []))
            {
                MetricValue? value = null;
                group.Metrics?.TryGetValue(metric, out value);
                if (WireAmount.Parse(value?.Amount) is not { } amount || group.Keys is not { Count: > 0 } keys)
                {
                    continue;
                }

                var key = (keys[0], value?.Unit ?? "USD");
                totals[key] = totals.GetValueOrDefault(key) + amount;
            }
        }

        return totals.Select(t => new ServiceSpend(t.Key.Service, t.Value, t.Key.Currency)).ToList();
    }

    public Task<CostAnswer<IReadOnlyList<DailyCost>>> DailyByServiceAsync(CostQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadDailyAsync(query, new GroupDefinition { Type = "DIMENSION", Key = "SERVICE" }, cancellationToken);
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
        var pages = 0;
        await foreach (var page in client.GetCostAndUsageAllAsync(request, cancellationToken).ConfigureAwait(false))
        {
            pages++;
            foreach (var result in page.ResultsByTime ?? [])
            {
                if (result.TimePeriod is null || !DateOnly.TryParseExact(result.TimePeriod.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    continue;
                }

                var estimated = result.Estimated ?? false;
                foreach (var group in result.Groups ?? [])
                {
                    var key = group.Keys is { Count: > 0 } keys ? keys[0] : string.Empty;
                    MetricValue? value = null;
                    group.Metrics?.TryGetValue(query.Metric, out value);
                    costs.Add(new DailyCost(day, key, WireAmount.Parse(value?.Amount), value?.Unit ?? "USD", estimated));
                }
            }
        }

        return new CostAnswer<IReadOnlyList<DailyCost>>(costs, pages);
    }

    private static DateInterval Interval(DateOnly start, DateOnly endExclusive) => new()
    {
        Start = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        End = endExclusive.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
