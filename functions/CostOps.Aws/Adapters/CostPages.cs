using System.Globalization;
using System.Runtime.CompilerServices;
using CostOps.Aws.CostExplorer;

namespace CostOps.Aws.Adapters;

/// <summary>
/// Walks one daily GetCostAndUsage answer page by page and hands out each group with its day, counting the pages
/// (each one is a paid request). Days whose period Cost Explorer did not date are skipped.
/// </summary>
internal sealed class CostPages(ICostExplorerClient client)
{
    public int Count { get; private set; }

    /// <param name="onPage">Sees each page once, after its groups (e.g. to keep the account names it carries).</param>
    public async IAsyncEnumerable<DailyGroup> GroupsAsync(GetCostAndUsageRequest request, Action<GetCostAndUsageResponse>? onPage, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in client.GetCostAndUsageAllAsync(request, cancellationToken).ConfigureAwait(false))
        {
            Count++;
            foreach (var result in page.ResultsByTime ?? [])
            {
                if (result.TimePeriod is null || !DateOnly.TryParseExact(result.TimePeriod.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    continue;
                }

                foreach (var group in result.Groups ?? [])
                {
                    yield return new DailyGroup(day, result.Estimated ?? false, group);
                }
            }

            onPage?.Invoke(page);
        }
    }
}

/// <summary>One group of one day of a daily GetCostAndUsage answer.</summary>
internal readonly record struct DailyGroup(DateOnly Day, bool Estimated, Group Group)
{
    /// <summary>The group's n-th key, or empty when Cost Explorer gave fewer.</summary>
    public string Key(int n) => Group.Keys is { } keys && keys.Count > n ? keys[n] : string.Empty;

    /// <summary>The amount of <paramref name="metric"/> (null when missing or unreadable) and its unit (USD when missing).</summary>
    public (decimal? Amount, string Currency) Metric(string metric)
    {
        MetricValue? value = null;
        Group.Metrics?.TryGetValue(metric, out value);
        return (WireAmount.Parse(value?.Amount), value?.Unit ?? "USD");
    }
}
