using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Spot;

/// <summary>The capacity provider strategies the Spot manager uses, and how they compare.</summary>
public static class SpotStrategy
{
    public const string Fargate = "FARGATE";
    public const string FargateSpot = "FARGATE_SPOT";

    /// <summary>The configured Spot strategy: FARGATE with the base and its weight, FARGATE_SPOT with its weight.</summary>
    public static IReadOnlyList<CapacityProviderItem> Spot(SpotOptions options) =>
        [new(Fargate, options.FargateWeight, options.Base), new(FargateSpot, options.SpotWeight, 0)];

    /// <summary>On-demand with the same base: FARGATE weight 1, FARGATE_SPOT weight 0.</summary>
    public static IReadOnlyList<CapacityProviderItem> OnDemand(SpotOptions options) =>
        [new(Fargate, 1, options.Base), new(FargateSpot, 0, 0)];

    /// <summary>Same providers with the same weights and bases, in any order; a provider missing counts as weight 0, base 0.</summary>
    public static bool Same(IReadOnlyList<CapacityProviderItem> a, IReadOnlyList<CapacityProviderItem> b)
    {
        var left = Normal(a);
        var right = Normal(b);
        return left.Count == right.Count && left.All(p => right.TryGetValue(p.Key, out var other) && other == p.Value);
    }

    /// <summary>True when Spot tasks can be placed: FARGATE_SPOT has a weight above 0.</summary>
    public static bool UsesSpot(IReadOnlyList<CapacityProviderItem> strategy) =>
        strategy.Any(p => string.Equals(p.Provider, FargateSpot, StringComparison.Ordinal) && p.Weight > 0);

    /// <summary>The first provider that is neither FARGATE nor FARGATE_SPOT (an Auto Scaling group or managed-instances provider), if any.</summary>
    public static string? NonFargateProvider(IReadOnlyList<CapacityProviderItem> strategy) =>
        strategy.Select(p => p.Provider).FirstOrDefault(p => p is not (Fargate or FargateSpot));

    public static string Describe(IReadOnlyList<CapacityProviderItem> strategy) => strategy.Count == 0
        ? "(none)"
        : string.Join(", ", strategy.Select(p => $"{p.Provider} weight {p.Weight} base {p.Base}"));

    private static Dictionary<string, (int Weight, int Base)> Normal(IReadOnlyList<CapacityProviderItem> strategy)
    {
        var map = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var item in strategy)
        {
            if (item.Weight != 0 || item.Base != 0)
            {
                map[item.Provider] = (item.Weight, item.Base);
            }
        }

        return map;
    }
}
