using CostOps.Aws.Ecs;

namespace CostOps.Simulator;

/// <summary>
/// How the account changes as time passes: tasks start after a delay, Spot shortages block placement and
/// interruptions stop tasks (after a two-minute warning), scaling activities pull desired counts into bounds,
/// rollouts complete. Usage accrues exactly between changes. Used under the account's gate.
/// </summary>
internal sealed class FleetEngine(SimulatedAccount account)
{
    private readonly HashSet<DateTimeOffset> _interruptionsDone = [];
    private readonly HashSet<DateTimeOffset> _shortageEndsDone = [];
    private readonly HashSet<SimScalableTarget> _boundsToCheck = [];
    private readonly SimRollouts _rollouts = new(account);
    private DateTimeOffset _syncedTo = account.Clock.GetUtcNow();

    // No task, Spot or plan change is due before this time: until then a sync only accrues usage.
    private DateTimeOffset _earliest = DateTimeOffset.MinValue;
    private TaskPlacement? _placement;

    public void SyncTo(DateTimeOffset now)
    {
        while (NextChange(now) is { } next)
        {
            Accrue(_syncedTo, next);
            _syncedTo = next > _syncedTo ? next : _syncedTo;
            Apply(next);
        }

        Accrue(_syncedTo, now);
        _syncedTo = now > _syncedTo ? now : _syncedTo;
        _rollouts.CompleteDue(now);
    }

    private void Accrue(DateTimeOffset from, DateTimeOffset to)
    {
        if (account.Options.RecordUsage)
        {
            account.Ledger.Accrue(account.Services, from, to);
        }
    }

    private TaskPlacement Placement => _placement ??= new TaskPlacement(account, Schedule);

    /// <summary>Something may be due earlier than known (a new Spot plan): look at everything on the next sync.</summary>
    public void Invalidate() => _earliest = DateTimeOffset.MinValue;

    /// <summary>Sets the desired count and starts or stops tasks to match.</summary>
    public void SetDesired(SimService service, int desired, DateTimeOffset now, string cause)
    {
        if (service.DesiredCount == desired)
        {
            return;
        }

        account.Changes.Add(new SimChange(now, $"{service.Cluster}/{service.Name}", $"desired {service.DesiredCount} -> {desired} ({cause})"));
        service.DesiredCount = desired;
        if (account.TargetOf(service) is { } target)
        {
            _boundsToCheck.Add(target);
        }

        Placement.Reconcile(service, now);
    }

    /// <summary>A new deployment (forceNewDeployment or a new capacity provider strategy): new tasks replace the old ones.</summary>
    public void Redeploy(SimService service, IReadOnlyList<CapacityProviderStrategyItem>? strategy, DateTimeOffset now)
    {
        _rollouts.Start(service, strategy, now);
        Placement.Reconcile(service, now);
    }

    public void PullIntoBounds(SimScalableTarget target, DateTimeOffset now)
    {
        var service = account.Index.OfTarget(target.ResourceId);
        if (service is not null && !service.Daemon)
        {
            SetDesired(service, Math.Clamp(service.DesiredCount, target.Min, target.Max), now, $"Auto Scaling keeps it in [{target.Min}, {target.Max}]");
        }
    }

    private DateTimeOffset? NextChange(DateTimeOffset now)
    {
        var due = DateTimeOffset.MaxValue;
        if (now >= _earliest)
        {
            var future = DateTimeOffset.MaxValue;
            void Consider(DateTimeOffset time)
            {
                if (time <= now)
                {
                    due = time < due ? time : due;
                }
                else
                {
                    future = time < future ? time : future;
                }
            }

            foreach (var task in account.Services.SelectMany(s => s.Tasks))
            {
                if (!task.Running && task.ReadyAt is { } ready)
                {
                    Consider(ready);
                }

                if (task.InterruptAt is { } interrupt)
                {
                    Consider(interrupt);
                }
            }

            foreach (var time in account.Spot.Interruptions.Select(i => i.At).Where(t => !_interruptionsDone.Contains(t)))
            {
                Consider(time);
            }

            foreach (var time in account.Spot.Shortages.Select(s => s.To).Where(t => !_shortageEndsDone.Contains(t)))
            {
                Consider(time);
            }

            _earliest = due != DateTimeOffset.MaxValue ? due : future;
        }

        _boundsToCheck.RemoveWhere(t => !OutOfBounds(t));
        if (_boundsToCheck.Count > 0)
        {
            var activity = _syncedTo + account.Options.ScalingActivityInterval;
            due = activity < due ? activity : due;
        }

        return due <= now ? due : null;
    }

    private bool OutOfBounds(SimScalableTarget target) =>
        target.Active && account.Index.OfTarget(target.ResourceId) is { } s && (s.DesiredCount < target.Min || s.DesiredCount > target.Max);

    private void Schedule(DateTimeOffset time) => _earliest = time < _earliest ? time : _earliest;

    private void Apply(DateTimeOffset at)
    {
        foreach (var service in account.Services)
        {
            foreach (var task in service.Tasks.Where(t => !t.Running && t.ReadyAt <= at))
            {
                task.Running = true;
            }

            foreach (var task in service.Tasks.Where(t => t.InterruptAt <= at).ToList())
            {
                service.Tasks.Remove(task);
                account.Events.TaskStateChange(service, task, at, "STOPPED", "STOPPED", "SpotInterruption", "Your Spot Task was interrupted.");
                account.Changes.Add(new SimChange(at, $"{service.Cluster}/{service.Name}", "a Spot task was interrupted and stopped"));
                Placement.Reconcile(service, at);
            }

            var fresh = service.Tasks.Count(t => t.Running && !t.Replaced);
            var keep = Math.Max(0, service.DesiredCount - fresh);
            foreach (var task in service.Tasks.Where(t => t.Replaced).Skip(keep).ToList())
            {
                service.Tasks.Remove(task);
            }
        }

        foreach (var (time, name) in account.Spot.Interruptions.Where(i => i.At <= at && _interruptionsDone.Add(i.At)).ToList())
        {
            Interrupt(time, name);
        }

        foreach (var end in account.Spot.Shortages.Select(s => s.To).Where(t => t <= at && _shortageEndsDone.Add(t)).ToList())
        {
            foreach (var service in account.Services)
            {
                Placement.Reconcile(service, end);
            }
        }

        foreach (var target in _boundsToCheck.Where(OutOfBounds).ToList())
        {
            PullIntoBounds(target, at);
        }
    }

    private void Interrupt(DateTimeOffset at, string? serviceName)
    {
        var candidates = account.Services.Where(s => serviceName is null || s.Name == serviceName).SelectMany(s => s.Tasks.Where(t => t.Running && t.IsSpot && t.InterruptAt is null).Select(t => (Service: s, Task: t))).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var (service, task) = candidates[account.Random.Next(candidates.Count)];
        task.InterruptAt = at + SpotPlan.InterruptionWarning;
        Schedule(task.InterruptAt.Value);
        account.Events.TaskStateChange(service, task, at, "RUNNING", "STOPPED", "SpotInterruption", "Your Spot Task was interrupted.");
    }
}
