using CostOps.Core.Schedules;

namespace CostOps.Cli.Fleet;

/// <summary>How domain values print: lower-case words, the same in text and JSON.</summary>
public static class FleetNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    public static string? Override(OverrideState state) => state switch
    {
        OverrideState.InForce => "in-force",
        OverrideState.InForceMalformed => "malformed",
        OverrideState.Expired => "expired",
        _ => null,
    };
}
