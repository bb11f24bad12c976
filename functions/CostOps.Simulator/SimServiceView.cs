using CostOps.Aws.Ecs;

namespace CostOps.Simulator;

/// <summary>A service as DescribeServices and UpdateService answer it.</summary>
internal static class SimServiceView
{
    public static Service Of(SimService service, SimulatedAccount account, bool tags) => new()
    {
        ServiceArn = service.Arn,
        ServiceName = service.Name,
        ClusterArn = account.Clusters[service.Cluster].Arn,
        Status = "ACTIVE",
        DesiredCount = service.DesiredCount,
        RunningCount = service.RunningCount,
        PendingCount = service.PendingCount,
        LaunchType = service.LaunchType,
        CapacityProviderStrategy = service.CapacityProviderStrategy,
        PlatformVersion = "LATEST",
        TaskDefinition = service.TaskDefinition.Arn,
        CreatedAt = service.CreatedAt,
        SchedulingStrategy = service.Daemon ? "DAEMON" : "REPLICA",
        Deployments = [.. service.Deployments.Select(d => new Deployment
        {
            Id = d.Id,
            Status = d.Status,
            TaskDefinition = service.TaskDefinition.Arn,
            DesiredCount = service.DesiredCount,
            RunningCount = d.Status == "PRIMARY" ? service.Tasks.Count(t => t.Running && !t.Replaced) : service.Tasks.Count(t => t.Replaced),
            PendingCount = d.Status == "PRIMARY" ? service.PendingCount : 0,
            CreatedAt = d.CreatedAt,
            UpdatedAt = d.UpdatedAt,
            CapacityProviderStrategy = service.CapacityProviderStrategy,
            LaunchType = service.LaunchType,
            RolloutState = d.RolloutState,
        })],
        Events = [.. service.Events.Take(100)],
        LoadBalancers = service.LoadBalancers.Count == 0 ? null : [.. service.LoadBalancers],
        Tags = tags ? EcsApi.ToTags(service.Tags) : null,
    };
}
