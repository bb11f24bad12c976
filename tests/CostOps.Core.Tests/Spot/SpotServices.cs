using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Spot;

namespace CostOps.Core.Tests.Spot;

/// <summary>Services and states as the Spot tests need them.</summary>
internal static class SpotServices
{
    public static readonly DateTimeOffset Noon = new(2026, 3, 3, 12, 0, 0, TimeSpan.Zero);

    public static readonly SpotOptions Options = new() { DefaultClusters = new HashSet<string>(StringComparer.Ordinal) { "dev" } };

    public static IReadOnlyList<CapacityProviderItem> SpotPlan => Core.Spot.SpotStrategy.Spot(Options);

    public static IReadOnlyList<CapacityProviderItem> OnDemand => Core.Spot.SpotStrategy.OnDemand(Options);

    public static string Arn(string name, string cluster = "main") => $"arn:aws:ecs:eu-west-1:123456789012:service/{cluster}/{name}";

    /// <summary>A replica service on launch type FARGATE, tagged for Spot, steady.</summary>
    public static ManagedService OnLaunchType(string name = "web", string cluster = "main", string? capacityTag = "spot") => new(
        new ServiceRef(cluster, name, Arn(name, cluster)), 2, 2, SchedulingStrategy.Replica, false, [], "FARGATE",
        capacityTag is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["costops:capacity"] = capacityTag },
        null, []);

    public static ManagedService On(IReadOnlyList<CapacityProviderItem> strategy, string name = "web", string? capacityTag = "spot") =>
        OnLaunchType(name, capacityTag: capacityTag) with { LaunchType = null, CapacityProviderStrategy = strategy };

    public static ServiceState Stored(ManagedService service, SpotState? spot, ServiceStatus status = ServiceStatus.Running, long version = 1) =>
        new(service.Ref, status, version, Noon.AddDays(-1), Spot: spot);

    public static SpotState OnSpot() => SpotState.New(Options);

    public static SpotState FallenBack(DateTimeOffset at, TimeSpan? cooldown = null, DateTimeOffset? returnedAt = null) =>
        SpotState.New(Options) with
        {
            Mode = SpotMode.Fallback,
            Wanted = OnDemand,
            FallbackAt = at,
            FallbackReason = "no Fargate Spot capacity",
            Cooldown = cooldown ?? Options.Cooldown,
            ReturnedAt = returnedAt,
        };

    public static SpotPlacementFailure Shortage(string id = "evt-1", DateTimeOffset? at = null) => new(id, at ?? Noon,
        "SERVICE_TASK_PLACEMENT_FAILURE", "RESOURCE:FARGATE", ["arn:aws:ecs:eu-west-1:123456789012:capacity-provider/FARGATE_SPOT"]);

    public static SpotTaskStop Interrupted(string task, string id, DateTimeOffset at, string stopCode = "SpotInterruption") =>
        new(id, $"arn:aws:ecs:eu-west-1:123456789012:task/main/{task}", 3, stopCode, "Your Spot Task was interrupted.", at);
}
