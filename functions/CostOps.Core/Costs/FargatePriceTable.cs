using CostOps.Core.Activity;

namespace CostOps.Core.Costs;

/// <summary>
/// Fargate on-demand Linux prices (USD) by region and architecture. AWS documents one price for
/// us-east-1, us-east-2, us-west-2 and eu-west-1; other regions fall back to us-east-1 prices and
/// the report says so.
/// </summary>
public sealed class FargatePriceTable
{
    public const string FallbackRegion = "us-east-1";

    private static readonly FargatePrice X86 = new(0.04048m, 0.004445m);
    private static readonly FargatePrice Arm = new(0.03238m, 0.00356m);

    private readonly IReadOnlyDictionary<string, (FargatePrice X86, FargatePrice Arm)> _prices;

    public FargatePriceTable(IReadOnlyDictionary<string, (FargatePrice X86, FargatePrice Arm)> prices)
    {
        if (!prices.ContainsKey(FallbackRegion))
        {
            throw new ArgumentException($"A Fargate price table must contain {FallbackRegion}, the fallback region.", nameof(prices));
        }

        _prices = prices;
    }

    public static FargatePriceTable Default { get; } = new(new Dictionary<string, (FargatePrice, FargatePrice)>(StringComparer.OrdinalIgnoreCase)
    {
        ["us-east-1"] = (X86, Arm),
        ["us-east-2"] = (X86, Arm),
        ["us-west-2"] = (X86, Arm),
        ["eu-west-1"] = (X86, Arm),
    });

    /// <summary>The price for the region and architecture (ARM64, else x86); <paramref name="isFallback"/> when the region is not in the table.</summary>
    public FargatePrice Lookup(string region, string architecture, out bool isFallback)
    {
        isFallback = !_prices.TryGetValue(region ?? string.Empty, out var prices);
        if (isFallback)
        {
            prices = _prices[FallbackRegion];
        }

        return string.Equals(architecture, TaskSize.Arm, StringComparison.OrdinalIgnoreCase) ? prices.Arm : prices.X86;
    }
}
