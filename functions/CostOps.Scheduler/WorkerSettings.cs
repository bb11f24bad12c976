using CostOps.Aws.Adapters;
using CostOps.Core.Scheduler;
using CostOps.Core.Schedules;
using CostOps.Core.State;

namespace CostOps.Scheduler;

/// <summary>What every worker of a hub scheduler shares: the schedules, the options (account and region set per worker), the state and the wake-up group.</summary>
internal sealed record WorkerSettings(
    ScheduleConfiguration Schedules,
    SchedulerOptions Options,
    string FunctionName,
    ICostOpsStateStore Store,
    BoundaryWakeUpOptions? WakeUp);
