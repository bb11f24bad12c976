namespace CostOps.Benchmarks;

/// <summary>A clock the benchmark sets: each pass runs at a chosen instant, so schedules decide the same way every run.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
