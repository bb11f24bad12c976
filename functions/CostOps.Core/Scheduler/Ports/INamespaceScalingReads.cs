namespace CostOps.Core.Scheduler.Ports;

/// <summary>A scaling port that can read every ECS scalable target of the account in one paged listing.</summary>
public interface INamespaceScalingReads
{
    /// <summary>Pages through the whole <c>ecs</c> namespace, giving up once it would take more than <paramref name="maxCalls"/> calls.</summary>
    /// <returns>The bounds of <paramref name="services"/> by service ARN (a service without a target is absent),
    /// or null when the namespace holds more targets than <paramref name="maxCalls"/> pages.</returns>
    Task<IReadOnlyDictionary<string, ScalingBounds>?> GetAllAsync(IReadOnlyList<ServiceRef> services, int maxCalls, CancellationToken cancellationToken);
}
