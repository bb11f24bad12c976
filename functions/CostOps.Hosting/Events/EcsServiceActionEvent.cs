namespace CostOps.Hosting.Events;

/// <summary>
/// An "ECS Service Action" event. <see cref="ServiceArn"/> is the first entry of the envelope's
/// <c>resources</c>. Unlike task events these carry no <c>detail.version</c>.
/// </summary>
public sealed record EcsServiceActionEvent(
    string Id,
    DateTimeOffset? Time,
    string Account,
    string Region,
    string? ServiceArn,
    string EventType,
    string EventName,
    string ClusterArn,
    IReadOnlyList<string> CapacityProviderArns,
    string? Reason,
    DateTimeOffset? CreatedAt) : InvocationEvent
{
    public const string PlacementFailure = "SERVICE_TASK_PLACEMENT_FAILURE";
    public const string SteadyState = "SERVICE_STEADY_STATE";

    public override EventKind Kind => EventKind.EcsServiceAction;

    /// <summary>True for a placement failure whose reason says Fargate had no capacity (e.g. no Spot capacity).</summary>
    public bool IsFargateCapacityShortage =>
        EventName == PlacementFailure && string.Equals(Reason, "RESOURCE:FARGATE", StringComparison.Ordinal);
}
