namespace CostOps.Simulator;

/// <summary>How the simulated account behaves. Every random choice comes from <see cref="Seed"/>.</summary>
public sealed record SimulatorOptions
{
    public string Region { get; init; } = "us-west-2";

    public string AccountId { get; init; } = "123456789012";

    /// <summary>The account's name in its organisation, as Cost Explorer gives it for LINKED_ACCOUNT; none by default.</summary>
    public string? AccountName { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>From placement to RUNNING for a new task.</summary>
    public TimeSpan StartupDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often Application Auto Scaling runs a scaling activity that pulls desired counts into [min, max].</summary>
    public TimeSpan ScalingActivityInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The tag Cost Explorer groups by (an activated cost-allocation tag).</summary>
    public string CostAllocationTag { get; init; } = "Environment";

    /// <summary>Bill lines that accrue whatever runs; none by default, <see cref="CostModel.SeedFixedCharges"/> for a realistic bill.</summary>
    public IReadOnlyList<FixedCharge>? FixedCharges { get; init; }

    /// <summary>Apply ECS's published throttle buckets per category (see <see cref="EcsThrottleBuckets"/>).</summary>
    public bool EcsThrottling { get; init; } = true;

    /// <summary>
    /// Record task time in the usage ledger (what Cost Explorer and Budgets answer from). Off, the bill stays empty and
    /// no call pays for going over every running service: fleet-scale benchmarks that read no costs turn it off.
    /// </summary>
    public bool RecordUsage { get; init; } = true;
}
