using CostOps.Aws.Ecs;

namespace CostOps.Simulator;

/// <summary>
/// Brings a service's tasks to its desired count: new tasks are placed on the capacity provider the strategy
/// gives them and start after the start-up delay, except Spot tasks during a shortage, which stay unplaced
/// (SERVICE_TASK_PLACEMENT_FAILURE, RESOURCE:FARGATE) until capacity returns. Used under the account's gate.
/// </summary>
/// <param name="schedule">Told the time each placed task will be running.</param>
internal sealed class TaskPlacement(SimulatedAccount account, Action<DateTimeOffset> schedule)
{
    /// <summary>Starts tasks up to the desired count (Spot ones cannot be placed during a shortage) or stops the extra ones.</summary>
    public void Reconcile(SimService service, DateTimeOffset now)
    {
        var placementFailed = false;
        var unplaced = service.Tasks.Where(t => !t.Running && t.ReadyAt is null).ToList();
        foreach (var task in unplaced)
        {
            placementFailed |= !Place(task, now);
        }

        if (unplaced.Count > 0 && unplaced.All(t => t.ReadyAt is not null))
        {
            account.Changes.Add(new SimChange(now, $"{service.Cluster}/{service.Name}", $"Fargate Spot capacity is back: {unplaced.Count} task(s) placed"));
        }

        var active = service.Tasks.Count(t => !t.Replaced);
        for (var index = active; index < service.DesiredCount; index++)
        {
            var task = new SimTask(account.NewTaskArn(service.Cluster), SimCapacity.ProviderFor(service.CapacityProviderStrategy, index), now);
            placementFailed |= !Place(task, now);
            service.Tasks.Add(task);
        }

        while (service.Tasks.Count(t => !t.Replaced) > service.DesiredCount)
        {
            var victim = service.Tasks.LastOrDefault(t => !t.Replaced && !t.Running) ?? service.Tasks.Last(t => !t.Replaced);
            service.Tasks.Remove(victim);
        }

        if (service.DesiredCount == 0)
        {
            service.Tasks.RemoveAll(t => t.Replaced);
        }

        if (placementFailed && service.Tasks.Any(t => t.ReadyAt is null))
        {
            account.Events.ServiceAction(service, now, "ERROR", "SERVICE_TASK_PLACEMENT_FAILURE", "RESOURCE:FARGATE", [SimCapacity.Spot]);
            service.Events.Insert(0, new ServiceEvent
            {
                Id = $"{service.Name}-{service.Events.Count + 1}",
                CreatedAt = now,
                Message = $"(service {service.Name}) was unable to place a task. Reason: Capacity is unavailable at this time. Please try again later or in a different availability zone.",
            });
            account.Changes.Add(new SimChange(now, $"{service.Cluster}/{service.Name}", "Fargate Spot has no capacity: task not placed (RESOURCE:FARGATE)"));
        }

        if (service.Primary is { RolloutState: "COMPLETED" } primary && service.Tasks.Any(t => !t.Running))
        {
            primary.UpdatedAt = now;
        }
    }

    private bool Place(SimTask task, DateTimeOffset now)
    {
        if (task.IsSpot && account.Spot.ShortageAt(now))
        {
            task.ReadyAt = null;
            return false;
        }

        task.ReadyAt = now + account.Options.StartupDelay;
        schedule(task.ReadyAt.Value);
        return true;
    }

}
