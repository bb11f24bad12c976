using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;

namespace CostOps.Core.Scheduler;

/// <summary>When the scheduler should next wake up: the earliest boundary among the services it manages.</summary>
internal static class NextBoundary
{
    /// <summary>A wake-up closer than this to the end of the run is moved to this far ahead, so it is never set in the past.</summary>
    public static readonly TimeSpan MinimumLead = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The earliest instant after <paramref name="from"/> at which any listed service's decision can change.
    /// DAEMON services (no desired count), unmanaged and invalid ones and malformed overrides are left out.
    /// </summary>
    public static DateTimeOffset? Find(IScheduleDecider decider, IEnumerable<ManagedService> services, DateTimeOffset from)
    {
        var scan = decider.StartNextChangeScan(from);
        foreach (var service in services)
        {
            if (service.Strategy != SchedulingStrategy.Daemon)
            {
                scan.Add(service.Tags);
            }
        }

        return scan.Earliest;
    }

    /// <summary>
    /// The wake-up for <paramref name="boundary"/> when the run ends at <paramref name="now"/>: the boundary in UTC,
    /// rounded up to a whole minute because a one-time schedule fires anywhere within the minute it names (schedule
    /// boundaries are whole minutes already; a keep-running end at 18:00:30 wakes at 18:01). A boundary that passed
    /// during the run or is less than <see cref="MinimumLead"/> away is moved to <paramref name="now"/> plus that
    /// lead first, so the wake-up always comes after it. Null when there is no boundary.
    /// </summary>
    public static DateTimeOffset? WakeUpAt(DateTimeOffset? boundary, DateTimeOffset now)
    {
        if (boundary is not { } b)
        {
            return null;
        }

        var earliest = now + MinimumLead;
        var at = (b > earliest ? b : earliest).ToUniversalTime();
        var remainder = at.Ticks % TimeSpan.TicksPerMinute;
        return remainder == 0 ? at : at.AddTicks(TimeSpan.TicksPerMinute - remainder);
    }
}
