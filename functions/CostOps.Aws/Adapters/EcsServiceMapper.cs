using CostOps.Aws.Ecs;
using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;
using PortEvent = CostOps.Core.Scheduler.Ports.ServiceEvent;

namespace CostOps.Aws.Adapters;

/// <summary>Maps a DescribeServices <see cref="Service"/> to the scheduler's <see cref="ManagedService"/>.</summary>
internal static class EcsServiceMapper
{
    private const string Primary = "PRIMARY";
    private const string Inactive = "INACTIVE";
    private const string InProgress = "IN_PROGRESS";

    /// <returns>Null when the service lacks its ARN or name, which DescribeServices always returns.</returns>
    public static ManagedService? Map(Service service, string clusterFallback, TaskSize? taskSize, int maxRecentEvents)
    {
        if (string.IsNullOrEmpty(service.ServiceArn) || string.IsNullOrEmpty(service.ServiceName))
        {
            return null;
        }

        return new ManagedService(
            new ServiceRef(ClusterName(service.ClusterArn ?? clusterFallback), service.ServiceName, service.ServiceArn),
            service.DesiredCount ?? 0,
            service.RunningCount ?? 0,
            string.Equals(service.SchedulingStrategy, "DAEMON", StringComparison.Ordinal) ? SchedulingStrategy.Daemon : SchedulingStrategy.Replica,
            DeploymentInProgress(service.Deployments ?? []),
            [.. (service.CapacityProviderStrategy ?? []).Select(i => new CapacityProviderItem(i.CapacityProvider, i.Weight ?? 0, i.Base ?? 0))],
            string.IsNullOrEmpty(service.LaunchType) ? null : service.LaunchType,
            Tags(service.Tags ?? []),
            taskSize,
            [.. (service.Events ?? [])
                .Where(e => e.CreatedAt is not null)
                .Take(maxRecentEvents)
                .Select(e => new PortEvent(e.CreatedAt!.Value, e.Message ?? ""))],
            [.. (service.LoadBalancers ?? [])
                .Select(l => l.TargetGroupArn)
                .Where(arn => !string.IsNullOrEmpty(arn))
                .Select(arn => arn!)
                .Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// A rollout is under way when the PRIMARY deployment says IN_PROGRESS, or, for services whose PRIMARY
    /// deployment has no rollout state (no circuit breaker), while an older deployment is still ACTIVE beside it.
    /// A PRIMARY that says COMPLETED or FAILED is settled: a failed rollout without rollback leaves the old
    /// deployment ACTIVE for good, and deferring on it would keep the service from ever being stopped.
    /// </summary>
    internal static bool DeploymentInProgress(IReadOnlyList<Deployment> deployments)
    {
        var primary = deployments.FirstOrDefault(d => string.Equals(d.Status, Primary, StringComparison.Ordinal));
        if (!string.IsNullOrEmpty(primary?.RolloutState))
        {
            return string.Equals(primary.RolloutState, InProgress, StringComparison.Ordinal);
        }

        return deployments.Count(d => !string.Equals(d.Status, Inactive, StringComparison.Ordinal)) > 1;
    }

    /// <summary>The name in <c>arn:aws:ecs:region:account:cluster/NAME</c>; a plain name is returned as is.</summary>
    internal static string ClusterName(string clusterNameOrArn)
    {
        var slash = clusterNameOrArn.LastIndexOf('/');
        return clusterNameOrArn.StartsWith("arn:", StringComparison.Ordinal) && slash >= 0 ? clusterNameOrArn[(slash + 1)..] : clusterNameOrArn;
    }

    private static Dictionary<string, string> Tags(IReadOnlyList<Tag> tags)
    {
        var map = new Dictionary<string, string>(tags.Count, StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            map[tag.Key] = tag.Value ?? "";
        }

        return map;
    }
}
