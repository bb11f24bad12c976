using CostOps.Aws.Ecs;

namespace CostOps.Simulator;

/// <summary>
/// Deployments of the account's services: a new one (forceNewDeployment or a new capacity provider strategy) marks the
/// old tasks replaced, and completes once its startup time has passed and only fresh running tasks are left.
/// Used under the account's gate.
/// </summary>
internal sealed class SimRollouts(SimulatedAccount account)
{
    private readonly HashSet<SimService> _inProgress = [];
    private int _deployments;

    /// <summary>Starts a new deployment of <paramref name="service"/>; the caller places its new tasks.</summary>
    public void Start(SimService service, IReadOnlyList<CapacityProviderStrategyItem>? strategy, DateTimeOffset now)
    {
        if (strategy is not null)
        {
            var old = service.CapacityProviderStrategy is { } s ? string.Join("+", s.Select(i => $"{i.CapacityProvider}:{i.Weight}")) : service.LaunchType;
            service.CapacityProviderStrategy = strategy.Count == 0 ? null : strategy;
            service.LaunchType = strategy.Count == 0 ? "FARGATE" : null;
            account.Changes.Add(new SimChange(now, $"{service.Cluster}/{service.Name}",
                $"capacity {old} -> {string.Join("+", strategy.Select(i => $"{i.CapacityProvider}:{i.Weight}"))}"));
        }

        foreach (var deployment in service.Deployments)
        {
            deployment.Status = "ACTIVE";
        }

        service.Deployments.Insert(0, new SimDeployment($"ecs-svc/{account.Services.IndexOf(service) + 1}{++_deployments:D4}", now,
            now + account.Options.StartupDelay + account.Options.StartupDelay));
        service.Tasks.RemoveAll(t => !t.Running);
        service.Tasks.ForEach(t => t.Replaced = true);
        _inProgress.Add(service);
    }

    /// <summary>Completes every rollout that is done by <paramref name="now"/>.</summary>
    public void CompleteDue(DateTimeOffset now)
    {
        foreach (var service in _inProgress.ToList())
        {
            Complete(service, now);
        }
    }

    private void Complete(SimService service, DateTimeOffset now)
    {
        if (service.Primary is not { RolloutState: "IN_PROGRESS" })
        {
            _inProgress.Remove(service);
        }
        else if (service.Primary is { } primary && now >= primary.CompletesAfter && service.Tasks.All(t => t.Running && !t.Replaced))
        {
            _inProgress.Remove(service);
            primary.RolloutState = "COMPLETED";
            primary.UpdatedAt = now;
            service.Deployments.RemoveAll(d => d.Status != "PRIMARY");
        }
    }
}
