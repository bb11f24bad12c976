namespace CostOps.Simulator;

/// <summary>
/// What actually ran, per UTC day: task time per service and capacity provider, and the seconds the account
/// existed (for the fixed lines). Cost Explorer and Budgets answers are computed from it. Used under the account's gate.
/// </summary>
public sealed class UsageLedger(CostModel model, string costAllocationTag)
{
    private readonly Dictionary<(DateOnly Day, string ServiceArn, bool Spot), long> _taskTicks = [];
    private readonly Dictionary<DateOnly, long> _accountTicks = [];
    private readonly Dictionary<string, SimService> _services = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<DateTimeOffset>> _ranHours = new(StringComparer.Ordinal);

    public CostModel Model { get; } = model;

    public string CostAllocationTag { get; } = costAllocationTag;

    /// <summary>Adds the usage of <paramref name="services"/> between two instants during which no task started or stopped.</summary>
    public void Accrue(IEnumerable<SimService> services, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return;
        }

        var running = services.Select(s => (Service: s, OnDemand: s.RunningCount - s.RunningOnSpot, Spot: s.RunningOnSpot))
            .Where(x => x.OnDemand + x.Spot > 0).ToList();
        foreach (var (service, _, _) in running)
        {
            var hours = _ranHours.TryGetValue(service.Arn, out var set) ? set : _ranHours[service.Arn] = [];
            for (var hour = HourOf(from); hour < to; hour = hour.AddHours(1))
            {
                hours.Add(hour);
            }
        }

        for (var start = from; start < to;)
        {
            var day = DateOnly.FromDateTime(start.UtcDateTime);
            var dayEnd = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var end = dayEnd < to ? dayEnd : to;
            var ticks = (end - start).Ticks;
            _accountTicks[day] = _accountTicks.GetValueOrDefault(day) + ticks;
            foreach (var (service, onDemand, spot) in running)
            {
                _services[service.Arn] = service;
                Add(day, service.Arn, false, onDemand * ticks);
                Add(day, service.Arn, true, spot * ticks);
            }

            start = end;
        }
    }

    /// <summary>Task-hours that ran on <paramref name="day"/> for a service, on Spot or on-demand.</summary>
    public decimal TaskHours(DateOnly day, string serviceArn, bool spot) => _taskTicks.GetValueOrDefault((day, serviceArn, spot)) / (decimal)TimeSpan.TicksPerHour;

    /// <summary>Task-hours a service ran so far, on Spot or on-demand.</summary>
    public decimal TaskHours(string serviceArn, bool spot) =>
        _taskTicks.Where(e => e.Key.ServiceArn == serviceArn && e.Key.Spot == spot).Sum(e => e.Value) / (decimal)TimeSpan.TicksPerHour;

    /// <summary>The UTC hours (their starts, ascending) during which at least one task of the service ran.</summary>
    public IReadOnlyCollection<DateTimeOffset> RanHours(string serviceArn) => _ranHours.TryGetValue(serviceArn, out var hours) ? hours : [];

    /// <summary>Every bill line of one UTC day.</summary>
    public IEnumerable<CostLine> Lines(DateOnly day)
    {
        foreach (var ((lineDay, arn, spot), ticks) in _taskTicks.Where(e => e.Key.Day == day && e.Value > 0).OrderBy(e => e.Key.ServiceArn, StringComparer.Ordinal))
        {
            var service = _services[arn];
            var definition = service.TaskDefinition;
            var price = Model.Price(definition.Architecture, spot);
            var hours = ticks / (decimal)TimeSpan.TicksPerHour;
            var tag = service.Tags.GetValueOrDefault(CostAllocationTag, "");
            yield return new CostLine(lineDay, CostModel.EcsService, Model.VcpuUsageType(definition.Architecture, spot), tag, hours * definition.Vcpu, hours * definition.Vcpu * price.PerVcpuHour);
            yield return new CostLine(lineDay, CostModel.EcsService, Model.GbUsageType(definition.Architecture, spot), tag, hours * definition.MemoryGb, hours * definition.MemoryGb * price.PerGbHour);
        }

        if (_accountTicks.GetValueOrDefault(day) is > 0 and var accountTicks)
        {
            var hours = accountTicks / (decimal)TimeSpan.TicksPerHour;
            foreach (var charge in Model.FixedCharges)
            {
                yield return new CostLine(day, charge.Service, charge.UsageType, "", hours, hours * charge.PerHour);
            }
        }
    }

    /// <summary>Total cost of the days in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public decimal Cost(DateOnly from, DateOnly to)
    {
        var total = 0m;
        for (var day = from; day < to; day = day.AddDays(1))
        {
            total += Lines(day).Sum(l => l.Amount);
        }

        return total;
    }

    private static DateTimeOffset HourOf(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);

    private void Add(DateOnly day, string arn, bool spot, long ticks)
    {
        if (ticks > 0)
        {
            _taskTicks[(day, arn, spot)] = _taskTicks.GetValueOrDefault((day, arn, spot)) + ticks;
        }
    }
}
