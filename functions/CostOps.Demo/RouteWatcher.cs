using System.Text.Json;
using CostOps.Simulator;

namespace CostOps.Demo;

/// <summary>Adds the wake to the timeline: where the load balancer rule sends visitors (looked at each minute), and a wake request that failed.</summary>
internal sealed class RouteWatcher(SimulatedAccount account, List<TimelineEntry> entries)
{
    private IReadOnlyList<string>? _last;

    /// <summary>A "Route" entry whenever the rule's forward changed since the last look.</summary>
    public void Look(DateTimeOffset at)
    {
        var rule = DemoWake.RuleArn(account);
        var forwards = account.LoadBalancing.ForwardsOf(rule);
        if (_last is not null && !_last.SequenceEqual(forwards, StringComparer.Ordinal))
        {
            var toWake = forwards.Contains(DemoWake.WakeTargetGroupArn(account));
            entries.Add(new TimelineEntry(at, "Route", DemoWake.Service,
                toWake ? $"load balancer rule for {DemoWake.Host} now forwards to the wake function" : $"load balancer rule for {DemoWake.Host} forwards to the service again (a target is healthy)"));
        }

        _last = forwards;
    }

    /// <summary>A "Failure" entry when the wake function did not wake the service; a wake itself comes from the activity log.</summary>
    public void Requested(DateTimeOffset at, (IReadOnlyList<string> Lines, string? Error) run)
    {
        var woken = run.Lines.Select(DemoWeek.Parse).OfType<JsonElement>()
            .Any(l => l.TryGetProperty("event", out var e) && e.GetString() == "wake.woken");
        if (!woken)
        {
            entries.Add(new TimelineEntry(at, "Failure", "costops-wake", $"visitor at {DemoWake.Host} did not wake {DemoWake.Service}: {run.Error ?? string.Join(" ", run.Lines)}"));
        }
    }
}
