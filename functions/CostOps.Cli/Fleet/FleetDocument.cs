namespace CostOps.Cli.Fleet;

/// <summary>
/// <c>costops inventory</c>'s output and <c>costops simulate --fleet</c>'s input: a fleet described read-only.
/// <c>format</c> is <c>costops-fleet/1</c>; fields may be added within version 1, never renamed or removed.
/// </summary>
public sealed record FleetDocument(string Format, string Region, IReadOnlyList<FleetService> Services)
{
    public const string CurrentFormat = "costops-fleet/1";
}

/// <param name="Vcpu">The task definition's vCPUs (0.25 for 256 CPU units).</param>
/// <param name="MemoryGb">The task definition's memory in GB (0.5 for 512 MiB).</param>
/// <param name="Architecture">X86_64 or ARM64.</param>
/// <param name="CapacityProviders">The capacity provider strategy's providers, e.g. FARGATE_SPOT; empty with a launch type.</param>
/// <param name="Scaling">The Application Auto Scaling target's bounds; null when the service has none.</param>
public sealed record FleetService(
    string Cluster,
    string Service,
    int DesiredCount,
    decimal Vcpu,
    decimal MemoryGb,
    string Architecture,
    string? LaunchType,
    IReadOnlyList<string> CapacityProviders,
    FleetScaling? Scaling,
    IReadOnlyDictionary<string, string> Tags);

public sealed record FleetScaling(int Min, int Max);
