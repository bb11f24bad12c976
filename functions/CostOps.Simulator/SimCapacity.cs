using CostOps.Aws.Ecs;

namespace CostOps.Simulator;

/// <summary>Where a service's tasks go: a launch type, or a capacity provider strategy (base first, then by weight).</summary>
public static class SimCapacity
{
    public const string OnDemand = "FARGATE";
    public const string Spot = "FARGATE_SPOT";

    /// <summary>The capacity provider of the task with index <paramref name="index"/> (0-based) among a service's tasks.</summary>
    public static string ProviderFor(IReadOnlyList<CapacityProviderStrategyItem>? strategy, int index)
    {
        if (strategy is null || strategy.Count == 0)
        {
            return OnDemand;
        }

        var based = strategy.FirstOrDefault(s => (s.Base ?? 0) > 0);
        if (based is not null && index < based.Base)
        {
            return based.CapacityProvider;
        }

        var rest = index - (based?.Base ?? 0);
        var weights = strategy.Where(s => (s.Weight ?? 0) > 0).ToList();
        var total = weights.Sum(s => s.Weight ?? 0);
        if (total == 0)
        {
            return based?.CapacityProvider ?? strategy[0].CapacityProvider;
        }

        // Task number rest+1 goes to the provider whose share of the first rest+1 tasks is most behind.
        var slot = rest % total;
        foreach (var item in weights)
        {
            if (slot < item.Weight)
            {
                return item.CapacityProvider;
            }

            slot -= item.Weight ?? 0;
        }

        return weights[^1].CapacityProvider;
    }
}
