using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Spot;

/// <summary>
/// Applies one decision to one service: the state is written first, conditional on the version read (so of a
/// Spot and a scheduler run only one acts), then the strategy is changed. A failed change is recorded and,
/// because the state still wants the strategy, retried on the next tick.
/// </summary>
internal sealed class SpotServiceRunner(SpotPorts ports, TimeProvider time)
{
    public const string LostRace = "another run changed this service first; the next tick decides";

    public async Task<SpotOutcome> RunAsync(ManagedService service, ServiceState? stored, SpotDecision decision, CancellationToken ct)
    {
        if (!decision.Write && decision.Apply is null)
        {
            return Outcome(service, decision, decision.Error);
        }

        var next = decision.Apply is null ? decision.Next : decision.Next! with { LastError = null };
        var expected = stored?.Version ?? 0;
        var saved = (stored ?? new ServiceState(service.Ref, ServiceStatus.Running, 0, time.GetUtcNow())) with
        {
            Ref = service.Ref,
            Spot = next,
            Version = expected + 1,
            UpdatedAt = time.GetUtcNow(),
        };
        if (!await ports.Store.TrySaveAsync(saved, expected, ct))
        {
            return Outcome(service, new(SpotAction.Skip, LostRace), null);
        }

        if (decision.Apply is null)
        {
            return Outcome(service, decision, decision.Error);
        }

        try
        {
            await ports.Strategy.SetStrategyAsync(service.Ref, decision.Apply, ct);
            return Outcome(service, decision, null);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var error = $"{ex.GetType().Name}: {ex.Message}";
            var failed = saved with { Spot = next! with { LastError = error }, Version = saved.Version + 1, UpdatedAt = time.GetUtcNow() };
            var recorded = await TryRecordAsync(failed, saved.Version, ct);
            var reason = $"{decision.Action} failed ({decision.Reason}); retried on the next tick" + (recorded ? string.Empty : " (the failure could not be recorded)");
            return Outcome(service, new(SpotAction.Fail, reason), error);
        }
    }

    private async Task<bool> TryRecordAsync(ServiceState failed, long expected, CancellationToken ct)
    {
        try
        {
            return await ports.Store.TrySaveAsync(failed, expected, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    internal static SpotOutcome Outcome(ManagedService service, SpotDecision decision, string? error)
    {
        var onSpot = decision.Action is SpotAction.None or SpotAction.MoveToSpot or SpotAction.Return or SpotAction.Interruption
            && decision.Next?.Mode == SpotMode.Spot
            && SpotStrategy.UsesSpot(decision.Apply ?? service.CapacityProviderStrategy);
        return new(service.Ref.ClusterName, service.Ref.ServiceName, service.Ref.ServiceArn, decision.Action, decision.Reason, error, onSpot);
    }
}
