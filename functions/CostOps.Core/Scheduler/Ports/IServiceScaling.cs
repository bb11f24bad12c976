namespace CostOps.Core.Scheduler.Ports;

/// <summary>The service's scalable target (DescribeScalableTargets / RegisterScalableTarget on ecs:service:DesiredCount).</summary>
public interface IServiceScaling
{
    /// <returns>The current bounds, or null when the service has no scalable target.</returns>
    Task<ScalingBounds?> GetAsync(ServiceRef service, CancellationToken cancellationToken);

    /// <summary>Reads the scalable targets of many services in as few calls as the API allows.</summary>
    /// <returns>The bounds by service ARN (a service without a target is absent), or null when this port reads one at a time only.</returns>
    Task<IReadOnlyDictionary<string, ScalingBounds>?> GetManyAsync(IReadOnlyList<ServiceRef> services, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, ScalingBounds>?>(null);

    /// <summary>Registers the target with exactly these bounds and suspended state. Throws on any failure.</summary>
    Task SetAsync(ServiceRef service, ScalingBounds bounds, CancellationToken cancellationToken);
}
