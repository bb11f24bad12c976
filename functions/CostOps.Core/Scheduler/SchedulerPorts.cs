using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Scheduler;

/// <summary>The I/O the reconciler needs, grouped so the composition root wires it once.</summary>
/// <param name="WakeUp">The boundary wake-up; null when it is off and the safety tick alone decides how late a boundary is handled.</param>
/// <param name="Routing">The wake-up routing of load balancer rules; null when waking is not configured, and then no rule is read or changed.</param>
public sealed record SchedulerPorts(
    IServiceInventory Inventory,
    IServiceCapacity Capacity,
    IServiceScaling Scaling,
    IServiceTagger Tagger,
    IRunContinuation Continuation,
    ISchedulerStateStore Store,
    IActivityLog Activity,
    IBoundaryWakeUp? WakeUp = null,
    IWakeRouting? Routing = null);
