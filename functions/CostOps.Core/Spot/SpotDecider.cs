using System.Globalization;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Spot;

/// <summary>
/// Every Spot decision, pure: (the service as ECS reports it, its recorded state, the time) → what to do and why.
/// A service the scheduler has stopped never gets a new deployment: the wanted strategy is recorded for its start.
/// </summary>
public sealed class SpotDecider
{
    private readonly SpotOptions _options;

    public SpotDecider(SpotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    public SpotOptions Options => _options;

    /// <summary>The periodic pass: move opted-in services to Spot, return fallen-back ones after the cool-down, release opted-out ones.</summary>
    public SpotDecision Tick(ManagedService service, ServiceState? stored, DateTimeOffset now)
    {
        var spot = stored?.Spot;
        var preference = CapacityTag.Resolve(service.Tags, service.Ref.ClusterName, _options);
        switch (preference.Choice)
        {
            case CapacityChoice.Invalid:
                return new(SpotAction.Skip, preference.Reason, Error: preference.Error);
            case CapacityChoice.Unset or CapacityChoice.OnDemand:
                return spot is null ? SpotDecision.Nothing($"not on Spot: {preference.Reason}") : Release(service, stored!, preference.Reason);
        }

        if (SpotEligibility.Unmovable(service) is { } why)
        {
            return new(SpotAction.CannotMove, why);
        }

        var current = spot ?? SpotState.New(_options);
        if (current.Mode == SpotMode.Fallback)
        {
            var due = current.ReturnDue ?? now;
            if (now < due)
            {
                return SpotConvergence.Converge(service, stored, current, SpotAction.Fallback, $"on on-demand until {Time(due)}: {current.FallbackReason}");
            }

            if (!SpotEligibility.Steady(service))
            {
                return SpotConvergence.Converge(service, stored, current, SpotAction.Fallback,
                    $"cool-down over since {Time(due)}; returns to Spot once the service is steady (rollout completed, running = desired)");
            }

            var back = current with { Mode = SpotMode.Spot, ReturnedAt = now, Wanted = SpotStrategy.Spot(_options), FallbackReason = null, LastError = null };
            return SpotConvergence.Converge(service, stored, back, SpotAction.Return, $"cool-down of {Minutes(current.Cooldown)} over and the service is steady");
        }

        var wanted = current with { Wanted = SpotStrategy.Spot(_options) };
        var from = service.LaunchType is null ? $"strategy {SpotStrategy.Describe(service.CapacityProviderStrategy)}" : $"launch type {service.LaunchType}";
        return SpotConvergence.Converge(service, stored, wanted, SpotAction.MoveToSpot, $"{preference.Reason}: from {from}");
    }

    /// <summary>An "ECS Service Action" event: a Fargate Spot shortage makes a service on Spot fall back at once.</summary>
    public SpotDecision PlacementFailure(ManagedService service, ServiceState? stored, SpotPlacementFailure failure, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (!failure.IsSpotShortage)
        {
            return new(SpotAction.Ignore, $"not a Fargate Spot shortage (eventName {failure.EventName}, reason {failure.Reason ?? "(none)"})");
        }

        var spot = stored?.Spot;
        if (spot is not null && spot.HasSeen(failure.EventId))
        {
            return new(SpotAction.Duplicate, $"event {failure.EventId} already handled");
        }

        if (Managed(service, spot) is { } notManaged)
        {
            return notManaged;
        }

        var current = spot ?? SpotState.New(_options);
        if (current.Mode == SpotMode.Fallback)
        {
            return new(SpotAction.Duplicate, $"already on on-demand since {Time(current.FallbackAt ?? now)}");
        }

        if (failure.At is { } at && current.ReturnedAt is { } returned && at < returned)
        {
            return new(SpotAction.Ignore, $"shortage reported at {Time(at)}, before the return to Spot at {Time(returned)}");
        }

        return Fallback(service, stored, current.Remember(failure.EventId, now), now,
            $"no Fargate Spot capacity ({SpotPlacementFailure.PlacementFailure} {SpotPlacementFailure.FargateShortage}, event {failure.EventId})");
    }

    /// <summary>An "ECS Task State Change" event: counts a Spot interruption; at the threshold within the window the service falls back.</summary>
    public SpotDecision TaskStopped(ManagedService service, ServiceState? stored, SpotTaskStop stop, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stop);
        if (!stop.IsInterruption)
        {
            return new(SpotAction.Ignore, $"not a Spot interruption (stopCode {stop.StopCode ?? "(none)"})");
        }

        var spot = stored?.Spot;
        if (spot is not null && (spot.HasSeen(stop.EventId) || spot.Interruptions.Any(i => string.Equals(i.TaskArn, stop.TaskArn, StringComparison.Ordinal))))
        {
            return new(SpotAction.Duplicate, $"interruption of task {stop.TaskArn} already counted");
        }

        if (Managed(service, spot) is { } notManaged)
        {
            return notManaged;
        }

        var current = spot ?? SpotState.New(_options);
        if (current.Mode == SpotMode.Fallback)
        {
            return new(SpotAction.None, "interruption of a task left on Spot; the service is already on on-demand");
        }

        if (stop.At is { } stoppedAt && current.ReturnedAt is { } returned && stoppedAt < returned)
        {
            return new(SpotAction.Ignore, $"interruption at {Time(stoppedAt)}, before the return to Spot at {Time(returned)}");
        }

        var at = stop.At is { } when && when < now ? when : now;
        var since = now - _options.InterruptionWindow;
        var counted = current.Interruptions.Where(i => i.At > since).Append(new SpotInterruption(stop.TaskArn, at)).ToList();
        var window = Minutes(_options.InterruptionWindow);
        var next = current.Remember(stop.EventId, now) with { Interruptions = counted };
        if (counted.Count >= _options.InterruptionThreshold)
        {
            return Fallback(service, stored, next, now,
                $"{counted.Count} Spot interruptions within {window} (threshold {_options.InterruptionThreshold})");
        }

        return new(SpotAction.Interruption, $"Spot interruption {counted.Count} of {_options.InterruptionThreshold} within {window}", Next: next, Write: true);
    }

    private SpotDecision Fallback(ManagedService service, ServiceState? stored, SpotState current, DateTimeOffset now, string reason)
    {
        var cooldown = SpotCooldown.Next(current, now, _options);
        var next = current with
        {
            Mode = SpotMode.Fallback,
            Wanted = SpotStrategy.OnDemand(_options),
            Cooldown = cooldown,
            FallbackAt = now,
            FallbackReason = reason,
            Interruptions = [],
            LastError = null,
        };
        var decision = SpotConvergence.Converge(service, stored, next, SpotAction.Fallback, $"{reason}; on on-demand for {Minutes(cooldown)}");
        return decision.Action == SpotAction.None ? decision with { Action = SpotAction.Fallback } : decision;
    }

    private SpotDecision Release(ManagedService service, ServiceState stored, string reason)
    {
        var onDemand = SpotStrategy.OnDemand(_options);
        if (!SpotStrategy.UsesSpot(service.CapacityProviderStrategy) || SpotEligibility.Unmovable(service) is not null)
        {
            return new(SpotAction.None, $"{reason}: no longer managed by the Spot manager", Next: null, Write: true);
        }

        if (SpotEligibility.StoppedByScheduler(stored))
        {
            var waiting = stored.Spot! with { Wanted = onDemand };
            return new(SpotAction.Wait, $"{reason}: stopped by the scheduler; it starts on on-demand", Next: waiting,
                Write: !SpotStrategy.Same(stored.Spot!.Wanted, onDemand));
        }

        // The history is kept (wanting on-demand) until the next tick sees the service off Spot: a failed change is retried.
        return new(SpotAction.Release, $"{reason}: moved back to on-demand", Apply: onDemand, Next: stored.Spot! with { Wanted = onDemand }, Write: true);
    }

    private SpotDecision? Managed(ManagedService service, SpotState? spot)
    {
        var preference = CapacityTag.Resolve(service.Tags, service.Ref.ClusterName, _options);
        if (preference.Choice != CapacityChoice.Spot)
        {
            return new(SpotAction.Ignore, $"not managed by the Spot manager: {preference.Reason}", Error: preference.Error);
        }

        if (SpotEligibility.Unmovable(service) is { } why)
        {
            return new(SpotAction.CannotMove, why);
        }

        if (spot is null && !SpotStrategy.UsesSpot(service.CapacityProviderStrategy))
        {
            return new(SpotAction.Ignore, "not on Fargate Spot yet: the next tick moves it");
        }

        return null;
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Minutes(TimeSpan span) => span.TotalMinutes.ToString("0", CultureInfo.InvariantCulture) + " min";
}
