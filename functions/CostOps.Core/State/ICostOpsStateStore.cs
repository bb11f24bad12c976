using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.State;

/// <summary>Everything CostOps keeps: the scheduler's per-service state and runs, the activity log, the once-ledger and the fleet status.</summary>
public interface ICostOpsStateStore : ISchedulerStateStore, IActivityLog, IOnceLedger, IFleetStatus;
