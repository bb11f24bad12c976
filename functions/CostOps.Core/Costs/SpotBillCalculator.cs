namespace CostOps.Core.Costs;

/// <summary>
/// Spot savings from Cost Explorer usage types: Spot usage quantity x (on-demand rate - Spot rate) = quantity x on-demand rate
/// - Spot cost. Usage types look like <c>USE1-SpotUsage-Fargate-vCPU-Hours:perCPU</c> and <c>USE1-Fargate-GB-Hours</c>
/// (the region prefix may be absent); the on-demand rate is cost / quantity of the same region's on-demand line.
/// </summary>
public static class SpotBillCalculator
{
    private const string Spot = "SpotUsage-Fargate-";
    private const string OnDemand = "Fargate-";

    /// <returns>Null when the week has no Fargate Spot usage.</returns>
    public static SpotBillSavings? Calculate(IReadOnlyList<UsageTypeCost>? usage, ReportWindow window, FargatePriceTable prices)
    {
        var lines = (usage ?? []).Where(u => u.Quantity is > 0m && string.Equals(u.Currency, "USD", StringComparison.OrdinalIgnoreCase)).ToList();
        var spotLines = lines.Where(u => window.IsInWeek(u.Day) && Parse(u.UsageType) is { Spot: true }).ToList();
        if (spotLines.Count == 0)
        {
            return null;
        }

        var notes = new List<string>();
        decimal amount = 0m, vcpu = 0m, gb = 0m, spotCost = 0m;
        foreach (var group in spotLines.GroupBy(u => Parse(u.UsageType)!.Value with { Spot = false }))
        {
            var quantity = group.Sum(u => u.Quantity!.Value);
            var cost = group.Sum(u => u.Amount ?? 0m);
            var rate = OnDemandRate(lines, group.Key) ?? ListPrice(group.Key, prices, notes);
            amount += quantity * rate - cost;
            spotCost += cost;
            if (group.Key.Vcpu)
            {
                vcpu += quantity;
            }
            else
            {
                gb += quantity;
            }
        }

        return new SpotBillSavings(amount, vcpu, gb, spotCost, SpotBillSavings.MethodLine, notes);
    }

    private static decimal? OnDemandRate(List<UsageTypeCost> lines, Kind kind)
    {
        var onDemand = lines.Where(u => Parse(u.UsageType) == kind && u.Amount is > 0m).ToList();
        var quantity = onDemand.Sum(u => u.Quantity!.Value);
        return quantity > 0m ? onDemand.Sum(u => u.Amount!.Value) / quantity : null;
    }

    private static decimal ListPrice(Kind kind, FargatePriceTable prices, List<string> notes)
    {
        var price = prices.Lookup(FargatePriceTable.FallbackRegion, Activity.TaskSize.X86, out _);
        var region = kind.Prefix.Length == 0 ? "the default region" : kind.Prefix;
        notes.Add($"No on-demand Fargate {(kind.Vcpu ? "vCPU" : "GB")} usage billed in {region} these 14 days: Spot savings there use the us-east-1 list price.");
        return kind.Vcpu ? price.PerVcpuHour : price.PerGbHour;
    }

    /// <summary>Region prefix, Spot or on-demand, vCPU or GB; null for any other usage type (ARM, ephemeral storage, other services).</summary>
    internal static Kind? Parse(string usageType)
    {
        var spotAt = usageType.IndexOf(Spot, StringComparison.Ordinal);
        var isSpot = spotAt >= 0;
        var at = isSpot ? spotAt : usageType.IndexOf(OnDemand, StringComparison.Ordinal);
        if (at < 0 || (at > 0 && usageType[at - 1] != '-'))
        {
            return null;
        }

        var rest = usageType[(at + (isSpot ? Spot.Length : OnDemand.Length))..];
        bool? vcpu = rest.StartsWith("vCPU-Hours", StringComparison.Ordinal) ? true : rest.StartsWith("GB-Hours", StringComparison.Ordinal) ? false : null;
        return vcpu is { } v ? new Kind(at == 0 ? string.Empty : usageType[..(at - 1)], isSpot, v) : null;
    }

    internal readonly record struct Kind(string Prefix, bool Spot, bool Vcpu);
}
