namespace CostOps.Cli.Fleet;

/// <summary>A clock stopped at one instant: the scheduler's dry run "at" a given time sees only that time.</summary>
public sealed class FixedTimeProvider(DateTimeOffset at) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => at.ToUniversalTime();
}
