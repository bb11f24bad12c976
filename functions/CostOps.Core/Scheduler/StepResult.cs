namespace CostOps.Core.Scheduler;

/// <summary>The action a path took for one service and why, before it becomes a <see cref="ServiceOutcome"/>.</summary>
internal readonly record struct StepResult(ServiceAction Action, string Reason)
{
    /// <summary>Another run changed the service's state first; it owns the service this time.</summary>
    public static StepResult LostRace { get; } =
        new(ServiceAction.Skip, "another run changed this service's state first; left to it");
}
