namespace CostOps.Core.Scheduler.Ports;

/// <summary>The service's scalable target (DescribeScalableTargets / RegisterScalableTarget on ecs:service:DesiredCount).</summary>
public interface IServiceScaling
{
    /// <returns>The current bounds, or null when the service has no scalable target.</returns>
    Task<ScalingBounds?> GetAsync(ServiceRef service, CancellationToken cancellationToken);

    /// <summary>Registers the target with exactly these bounds and suspended state. Throws on any failure.</summary>
    Task SetAsync(ServiceRef service, ScalingBounds bounds, CancellationToken cancellationToken);
}
