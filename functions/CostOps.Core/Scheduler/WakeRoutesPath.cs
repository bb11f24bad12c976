using CostOps.Core.Observability;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Scheduler;

/// <summary>
/// Moves a woken-capable service's listener rules to the wake function when it stops and back once it is healthy
/// again. The original forwards are saved in the service's state before the first rule changes, and cleared only
/// after every rule is back, so a crash after any single call is finished by the next run from the state alone.
/// Services without the opt-in, and runs without routing configured, make no call here.
/// </summary>
internal static class WakeRoutesPath
{
    /// <summary>On stop, after the snapshot is saved: rules forwarding to the service are pointed at the wake function.</summary>
    public static async Task DivertAsync(ServiceEffects fx, CancellationToken ct)
    {
        if (fx.Routing is not { } routing)
        {
            return;
        }

        var routes = fx.Current?.WakeRoutes;
        if (routes is not { Count: > 0 })
        {
            if (!WakeOptIn.Applies(fx.Service))
            {
                return;
            }

            routes = await routing.FindRulesAsync(fx.Service.TargetGroupArns!, ct);
            if (routes.Count == 0)
            {
                return;
            }

            // Write-ahead: the originals are in the state before any rule is changed.
            if (!await fx.SaveAsync(fx.Current! with { WakeRoutes = routes }, ct))
            {
                throw new LostRaceException();
            }
        }

        foreach (var route in routes)
        {
            await fx.PointAtWakeAsync(route.RuleArn, ct);
        }
    }

    /// <summary>
    /// On start (and every later run while rules wait): restores the rules once each of the service's target groups has a
    /// healthy target, never before, so a request never meets a target group with nobody to answer it.
    /// </summary>
    /// <returns>A note for the outcome when rules still wait for healthy targets or were restored; null when there was nothing to do.</returns>
    public static async Task<string?> RestoreWhenHealthyAsync(ServiceEffects fx, CancellationToken ct)
    {
        if (fx.Routing is not { } routing || fx.Current?.WakeRoutes is not { Count: > 0 } routes)
        {
            return null;
        }

        var groups = fx.Service.TargetGroupArns is { Count: > 0 } own
            ? own
            : [.. routes.SelectMany(r => r.TargetGroups).Select(t => t.TargetGroupArn).Distinct(StringComparer.Ordinal)];
        if (!await routing.HealthyAsync(groups, ct))
        {
            fx.RoutesPending = true;
            return $"load balancer rules still point at the wake page: {routes.Count} rule(s) restored once the targets are healthy";
        }

        foreach (var route in routes)
        {
            await fx.RestoreRouteAsync(route, ct);
        }

        if (!await fx.SaveAsync(fx.Current! with { WakeRoutes = null }, ct))
        {
            // Restoring twice changes nothing: the run that won the race clears the state.
            throw new LostRaceException();
        }

        fx.Metric("WakeRoutesRestored", routes.Count, MetricUnit.Count);
        return $"targets healthy: {routes.Count} load balancer rule(s) forward to the service again";
    }
}
