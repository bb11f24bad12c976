namespace CostOps.Core.Scheduler;

/// <summary>What one run did (or, in a dry run, would do) to one service.</summary>
/// <param name="OverrideChange">Set when this run saw a keep-running override start, change, expire or turn malformed.</param>
public sealed record ServiceOutcome(
    string ClusterName,
    string ServiceName,
    string ServiceArn,
    ServiceAction Action,
    string Reason,
    string? Error = null,
    string? OverrideChange = null)
{
    /// <summary>The service's load balancer rules still point at the wake page, waiting for healthy targets.</summary>
    public bool RoutesPending { get; init; }

    /// <summary>
    /// Whether the outcome is worth a log line at Info or above: an action, a failure, a skip with an error or an
    /// override change. A service with nothing to do is not, so a quiet run logs nothing per service.
    /// </summary>
    public bool IsNoteworthy => OverrideChange is not null || Action switch
    {
        ServiceAction.None => false,
        ServiceAction.Skip => Error is not null,
        _ => true,
    };
}
