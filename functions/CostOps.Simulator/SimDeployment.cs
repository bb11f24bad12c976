namespace CostOps.Simulator;

/// <summary>A service deployment: PRIMARY while newest, rolling out IN_PROGRESS until the service is steady, then COMPLETED.</summary>
public sealed class SimDeployment(string id, DateTimeOffset createdAt, DateTimeOffset completesAfter)
{
    public string Id { get; } = id;

    public string Status { get; set; } = "PRIMARY";

    public string RolloutState { get; set; } = "IN_PROGRESS";

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    /// <summary>The earliest time the rollout can complete (new tasks started and healthy).</summary>
    public DateTimeOffset CompletesAfter { get; set; } = completesAfter;
}
