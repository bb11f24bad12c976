using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Scheduler;

/// <summary>Which services wake themselves when opened: tag <c>costops:wake=on</c> and at least one load balancer target group.</summary>
public static class WakeOptIn
{
    public const string TagKey = "costops:wake";

    public const string On = "on";

    /// <summary>True for the tag value <c>on</c> (any case, surrounding spaces ignored) on a service with a target group. Never throws.</summary>
    public static bool Applies(ManagedService service) =>
        service.TargetGroupArns is { Count: > 0 } && IsOn(service.Tags);

    public static bool IsOn(IReadOnlyDictionary<string, string> tags)
    {
        foreach (var (key, value) in tags)
        {
            if (string.Equals(key?.Trim(), TagKey, StringComparison.OrdinalIgnoreCase))
            {
                return string.Equals(value?.Trim(), On, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
