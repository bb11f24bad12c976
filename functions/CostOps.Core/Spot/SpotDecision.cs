using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Spot;

/// <summary>What to do for one service and why.</summary>
/// <param name="Apply">The strategy to send (UpdateService with forceNewDeployment), or null for no call.</param>
/// <param name="Write">Whether the state changes; <paramref name="Next"/> null with Write true forgets the Spot history.</param>
public sealed record SpotDecision(
    SpotAction Action,
    string Reason,
    IReadOnlyList<CapacityProviderItem>? Apply = null,
    SpotState? Next = null,
    bool Write = false,
    string? Error = null)
{
    public static SpotDecision Nothing(string reason) => new(SpotAction.None, reason);
}
