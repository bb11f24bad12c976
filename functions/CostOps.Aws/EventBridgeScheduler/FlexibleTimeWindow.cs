namespace CostOps.Aws.EventBridgeScheduler;

/// <summary>How far after its time a schedule may fire: <see cref="Off"/> fires at the time itself.</summary>
public sealed record FlexibleTimeWindow
{
    public const string Off = "OFF";

    public static FlexibleTimeWindow None { get; } = new() { Mode = Off };

    /// <summary>OFF or FLEXIBLE.</summary>
    public required string Mode { get; init; }

    /// <summary>1 to 1440; only with FLEXIBLE.</summary>
    public int? MaximumWindowInMinutes { get; init; }
}
