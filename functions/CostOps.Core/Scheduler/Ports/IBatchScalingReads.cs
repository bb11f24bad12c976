namespace CostOps.Core.Scheduler.Ports;

/// <summary>A scaling port that reads the scalable targets of many services in as few calls as the API allows.</summary>
public interface IBatchScalingReads
{
    /// <returns>The bounds by service ARN; a service without a target is absent.</returns>
    Task<IReadOnlyDictionary<string, ScalingBounds>?> GetManyAsync(IReadOnlyList<ServiceRef> services, CancellationToken cancellationToken);
}
