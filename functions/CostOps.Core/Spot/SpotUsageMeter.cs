using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Spot;

/// <summary>
/// Turns what a tick sees into task-hours: the running tasks split by the service's strategy (the base on FARGATE first,
/// the rest by weight; a launch type is all on-demand) over the time since the previous observation, cut at UTC midnight.
/// Gaps longer than <see cref="MaxGap"/> (missed ticks, a stopped function) are not counted: only what was observed.
/// </summary>
public static class SpotUsageMeter
{
    public static readonly TimeSpan MaxGap = TimeSpan.FromMinutes(30);

    public static (decimal Spot, decimal OnDemand) Tasks(ManagedService service)
    {
        var running = Math.Max(0, service.RunningCount);
        if (service.LaunchType is not null || !SpotStrategy.UsesSpot(service.CapacityProviderStrategy))
        {
            return (0m, running);
        }

        var baseTasks = Math.Min(running, service.CapacityProviderStrategy.Sum(p => p.Base));
        var spotWeight = service.CapacityProviderStrategy.Where(p => p.Provider == SpotStrategy.FargateSpot).Sum(p => p.Weight);
        var totalWeight = service.CapacityProviderStrategy.Sum(p => p.Weight);
        var rest = running - baseTasks;
        var spot = totalWeight == 0 ? 0m : rest * (decimal)spotWeight / totalWeight;
        return (spot, running - spot);
    }

    /// <summary>The usage of <paramref name="service"/> between the previous observation and now, one entry per UTC day touched.</summary>
    public static IReadOnlyList<SpotUsageDay> Between(ManagedService service, DateTimeOffset? previous, DateTimeOffset now)
    {
        if (previous is not { } from || now <= from || now - from > MaxGap)
        {
            return [];
        }

        var (spot, onDemand) = Tasks(service);
        if (spot == 0m && onDemand == 0m)
        {
            return [];
        }

        var days = new List<SpotUsageDay>();
        var start = from.ToUniversalTime();
        var end = now.ToUniversalTime();
        while (start < end)
        {
            var day = DateOnly.FromDateTime(start.UtcDateTime);
            var midnight = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var until = midnight < end ? midnight : end;
            var hours = (decimal)(until - start).Ticks / TimeSpan.TicksPerHour;
            days.Add(new SpotUsageDay(day, service.Ref.ServiceArn, service.Ref.ClusterName, service.Ref.ServiceName, spot * hours, onDemand * hours));
            start = until;
        }

        return days;
    }
}
