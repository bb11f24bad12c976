using CostOps.Core.Observability;

namespace CostOps.Hosting;

/// <summary>
/// What one invocation may use. <see cref="CancellationToken"/> fires at <see cref="Deadline"/>, a margin before
/// Lambda would kill the process, so work can stop cleanly and save a continuation.
/// </summary>
public sealed record InvocationContext(
    TimeProvider Time,
    IStructuredLog Log,
    IMetricSink Metrics,
    DateTimeOffset Deadline,
    string? InvocationId,
    CancellationToken CancellationToken)
{
    /// <summary>Time left before <see cref="Deadline"/>; zero once it has passed.</summary>
    public TimeSpan Remaining
    {
        get
        {
            var left = Deadline - Time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }
}
