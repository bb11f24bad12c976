namespace CostOps.Core.Spot;

/// <summary>
/// Reads the opt-in: the tag <c>costops:capacity</c> (key and value ignoring case, value trimmed) is <c>spot</c> or
/// <c>on-demand</c>; without it, a cluster listed in <see cref="SpotOptions.DefaultClusters"/> means Spot. Never throws.
/// </summary>
public static class CapacityTag
{
    public const string Key = "costops:capacity";
    public const string SpotValue = "spot";
    public const string OnDemandValue = "on-demand";

    public static CapacityPreference Resolve(IReadOnlyDictionary<string, string>? tags, string? clusterName, SpotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string? value = null;
        foreach (var (key, text) in tags ?? new Dictionary<string, string>())
        {
            if (string.Equals(key, Key, StringComparison.OrdinalIgnoreCase))
            {
                value = text ?? string.Empty;
                break;
            }
        }

        if (value is null)
        {
            return clusterName is not null && options.DefaultClusters.Contains(clusterName)
                ? new(CapacityChoice.Spot, $"cluster {clusterName} is on Spot by default")
                : new(CapacityChoice.Unset, $"no {Key} tag and its cluster is not on Spot by default");
        }

        var trimmed = value.Trim();
        if (trimmed.Equals(SpotValue, StringComparison.OrdinalIgnoreCase))
        {
            return new(CapacityChoice.Spot, $"tagged {Key}={SpotValue}");
        }

        if (trimmed.Equals(OnDemandValue, StringComparison.OrdinalIgnoreCase))
        {
            return new(CapacityChoice.OnDemand, $"tagged {Key}={OnDemandValue}");
        }

        var shown = trimmed.Length > 60 ? string.Concat(trimmed.AsSpan(0, 60), "…") : trimmed;
        return new(CapacityChoice.Invalid, $"{Key} tag not understood; capacity left as it is",
            $"tag {Key} = '{shown}': expected '{SpotValue}' or '{OnDemandValue}'");
    }
}
