namespace CostOps.Core.Scheduler.Ports;

/// <summary>ECS scheduling strategy. DAEMON services have no desired count to schedule.</summary>
public enum SchedulingStrategy
{
    Replica,
    Daemon,
}
