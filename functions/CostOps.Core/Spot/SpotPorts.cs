using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Spot.Ports;

namespace CostOps.Core.Spot;

/// <summary>The I/O the Spot manager needs. <see cref="Store"/> is the scheduler's store: one state item, one version per service. Without <see cref="Usage"/> no task-hours are recorded.</summary>
public sealed record SpotPorts(
    IServiceInventory Inventory,
    ISpotServices Services,
    IServiceStrategy Strategy,
    IClusterProviders Clusters,
    ISchedulerStateStore Store,
    ISpotUsageLog? Usage = null);
