using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Spot;

/// <summary>What a service must be for the Spot manager to act on it.</summary>
public static class SpotEligibility
{
    /// <summary>Why the service cannot run on Fargate Spot, or null when it can.</summary>
    public static string? Unmovable(ManagedService service)
    {
        if (service.Strategy == SchedulingStrategy.Daemon)
        {
            return "DAEMON service: Fargate Spot runs replica services only; left alone";
        }

        if (service.LaunchType is { } launchType && !string.Equals(launchType, SpotStrategy.Fargate, StringComparison.Ordinal))
        {
            return $"launch type {launchType}: only Fargate services can use Fargate Spot; left alone";
        }

        if (SpotStrategy.NonFargateProvider(service.CapacityProviderStrategy) is { } provider)
        {
            return $"capacity provider '{provider}' is not FARGATE or FARGATE_SPOT (an Auto Scaling group or managed-instances provider); left alone";
        }

        return service.LaunchType is null && service.CapacityProviderStrategy.Count == 0
            ? "ECS reports neither a launch type nor a capacity provider strategy; left alone"
            : null;
    }

    /// <summary>Rollout completed and every desired task running.</summary>
    public static bool Steady(ManagedService service) => !service.DeploymentInProgress && service.RunningCount == service.DesiredCount;

    /// <summary>The scheduler has stopped it (or is stopping or starting it): no new deployment, the change waits for the start.</summary>
    public static bool StoppedByScheduler(ServiceState? stored) =>
        stored?.Status is ServiceStatus.Stopped or ServiceStatus.Stopping or ServiceStatus.Starting;
}
