namespace CostOps.Simulator;

/// <summary>One Fargate task of a service: placed on a capacity provider, pending until it has started, then running.</summary>
public sealed class SimTask(string arn, string capacityProvider, DateTimeOffset readyAt)
{
    public string Arn { get; } = arn;

    /// <summary><c>FARGATE</c> or <c>FARGATE_SPOT</c>.</summary>
    public string CapacityProvider { get; } = capacityProvider;

    /// <summary>When the task will be running (start-up delay); null while it cannot be placed.</summary>
    public DateTimeOffset? ReadyAt { get; set; } = readyAt;

    public bool Running { get; set; }

    public bool IsSpot => CapacityProvider == SimCapacity.Spot;

    /// <summary>Replaced by a new deployment: stops once enough new tasks run.</summary>
    public bool Replaced { get; set; }

    /// <summary>Set when a Spot interruption warning was given: the task stops at this time.</summary>
    public DateTimeOffset? InterruptAt { get; set; }
}
