using System.Globalization;
using CostOps.Aws.CostExplorer;
using CostOps.Core.Budgets;
using CostOps.Core.Costs;
using CostOps.Core.Costs.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>The requests grouped by LINKED_ACCOUNT: in an organisation's management account they show each account's spend and name.</summary>
public sealed partial class CostExplorerDataReader : ILinkedAccountCostReader, IAccountSpendSource
{
    private const string LinkedAccount = "LINKED_ACCOUNT";

    /// <summary>
    /// The by-tag request grouped by the tag and LINKED_ACCOUNT: costs summed per tag value and day as <see cref="DailyByTagAsync"/>
    /// returns them, per account and day, and the account names of <c>DimensionValueAttributes</c> (attribute <c>description</c>).
    /// </summary>
    public async Task<CostAnswer<TagAccountCosts>> DailyByTagAndAccountAsync(CostQuery query, string tagKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(tagKey);
        var request = new GetCostAndUsageRequest
        {
            TimePeriod = Interval(query.Start, query.End),
            Granularity = "DAILY",
            Metrics = [query.Metric],
            GroupBy = [new GroupDefinition { Type = "TAG", Key = tagKey }, new GroupDefinition { Type = "DIMENSION", Key = LinkedAccount }],
        };
        var byTag = new DailySums();
        var byAccount = new DailySums();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var pages = new CostPages(client);
        await foreach (var row in pages.GroupsAsync(request, page => AddNames(page, names), cancellationToken).ConfigureAwait(false))
        {
            var (amount, currency) = row.Metric(query.Metric);
            byTag.Add(row.Day, row.Key(0), amount, currency, row.Estimated);
            byAccount.Add(row.Day, row.Key(1), amount, currency, row.Estimated);
        }

        return new CostAnswer<TagAccountCosts>(new TagAccountCosts(byTag.ToList(), byAccount.ToList(), names), pages.Count);
    }

    /// <summary>
    /// The month-to-date request grouped by SERVICE and LINKED_ACCOUNT (one request, MONTHLY): spend per service summed over accounts,
    /// spend per account, and the account names of <c>DimensionValueAttributes</c>. Nothing to ask for on the first day of a month.
    /// </summary>
    public async Task<MonthToDateSpend> MonthToDateByServiceAndAccountAsync(DateOnly monthStart, DateOnly endExclusive, CancellationToken cancellationToken)
    {
        if (endExclusive <= monthStart)
        {
            return new MonthToDateSpend([], []);
        }

        const string metric = "UnblendedCost";
        var services = new Dictionary<(string Service, string Currency), decimal>();
        var accounts = new Dictionary<(string Account, string Currency), decimal>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var request = new GetCostAndUsageRequest
        {
            TimePeriod = Interval(monthStart, endExclusive),
            Granularity = "MONTHLY",
            Metrics = [metric],
            GroupBy = [new GroupDefinition { Type = "DIMENSION", Key = "SERVICE" }, new GroupDefinition { Type = "DIMENSION", Key = LinkedAccount }],
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

                var currency = value?.Unit ?? "USD";
                services[(keys[0], currency)] = services.GetValueOrDefault((keys[0], currency)) + amount;
                if (keys.Count > 1 && keys[1].Length > 0)
                {
                    accounts[(keys[1], currency)] = accounts.GetValueOrDefault((keys[1], currency)) + amount;
                }
            }

            AddNames(page, names);
        }

        return new MonthToDateSpend(
            [.. services.Select(t => new ServiceSpend(t.Key.Service, t.Value, t.Key.Currency))],
            [.. accounts.Select(t => new AccountSpend(t.Key.Account, names.GetValueOrDefault(t.Key.Account), t.Value, t.Key.Currency))]);
    }

    private static void AddNames(GetCostAndUsageResponse page, Dictionary<string, string> names)
    {
        foreach (var attributes in page.DimensionValueAttributes ?? [])
        {
            if (attributes.Value is { Length: > 0 } id && attributes.Attributes?.GetValueOrDefault("description") is { Length: > 0 } name)
            {
                names[id] = name;
            }
        }
    }
}
