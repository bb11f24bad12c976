using CostOps.Aws;
using CostOps.Aws.Adapters;
using CostOps.Core.Costs;
using CostOps.Core.Scheduler;
using CostOps.Core.Schedules;
using CostOps.Core.State;
using CostOps.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Cli.Fleet;

/// <summary>
/// Builds the fleet on a simulated account and runs the real scheduler over it at every boundary for the period,
/// then prices the task-hours: 24/7 against scheduled against scheduled with the Spot clusters on Fargate Spot.
/// </summary>
public static class SavingsProjector
{
    public static async Task<SavingsReport> ProjectAsync(
        FleetDocument fleet, ScheduleConfiguration schedules, string? expression, IReadOnlySet<string> spotClusters, int days, DateTimeOffset from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var clock = new FakeTimeProvider(from);
        var account = new SimulatedAccount(new SimulatorOptions { Region = fleet.Region, StartupDelay = TimeSpan.Zero }, clock);
        var warnings = new List<string>();
        var built = Build(account, fleet, expression, warnings);
        var log = new QuietLog();
        var handler = new SimulatorHandler(account);
        var aws = new AwsAccess(SimulatedAws.Variables(account), clock, log, handler: handler);
        var store = new InMemoryStateStore(clock);
        var ports = new SchedulerPorts(
            new EcsServiceInventory(aws.Ecs, new EcsInventoryOptions { Clusters = [.. built.Select(b => b.Fleet.Cluster).Distinct(StringComparer.Ordinal)] }, log),
            new EcsServiceCapacity(aws.Ecs), new AutoScalingServiceScaling(aws.AutoScaling), new EcsServiceTagger(aws.Ecs), new NoContinuation(), store, store);
        var decider = new ScheduleDecider(schedules);
        var reconciler = new SchedulerReconciler(decider, ports, new SchedulerOptions { Region = fleet.Region }, log, log, clock);
        var end = from.AddDays(days);
        account.Sync();
        for (var t = from; t < end;)
        {
            clock.SetUtcNow(t);
            account.Sync();
            if (built.Count > 0)
            {
                await reconciler.RunAsync(new SchedulerRunRequest(), cancellationToken).ConfigureAwait(false);
                account.Sync();
            }

            var scan = decider.StartNextChangeScan(t);
            foreach (var service in built)
            {
                scan.Add(service.Tags);
            }

            t = scan.Earliest is { } next && next > t && next < end ? next : end;
        }

        clock.SetUtcNow(end);
        account.Sync();
        warnings.AddRange(log.Problems);
        var priceIsFallback = false;
        var rows = built.Select(b => Price(account, b, decider.Decide(b.Tags, from).ScheduleName, spotClusters, days, out priceIsFallback)).ToList();
        var total = new SavingsTotal(
            rows.Sum(r => r.AlwaysOn), rows.Sum(r => r.Scheduled), rows.Sum(r => r.ScheduledWithSpot),
            rows.Sum(r => r.AlwaysOn - r.Scheduled), rows.Sum(r => r.AlwaysOn - r.ScheduledWithSpot));
        return new SavingsReport(fleet.Region, TimeText.Format(from), days, priceIsFallback, rows, total, warnings);
    }

    private static List<(FleetService Fleet, string Arn, Dictionary<string, string> Tags)> Build(SimulatedAccount account, FleetDocument fleet, string? expression, List<string> warnings)
    {
        var built = new List<(FleetService, string, Dictionary<string, string>)>();
        foreach (var service in fleet.Services)
        {
            if (service.Vcpu <= 0 || service.MemoryGb <= 0)
            {
                warnings.Add($"{service.Cluster}/{service.Service}: no task size in the fleet file, left out of the projection");
                continue;
            }

            if (!account.Clusters.ContainsKey(service.Cluster))
            {
                account.AddCluster(service.Cluster);
            }

            // A projection follows the schedule: temporary keep-running overrides are left out.
            var tags = service.Tags.Where(t => !t.Key.Trim().Equals(ScheduleDecider.KeepRunningTagKey, StringComparison.OrdinalIgnoreCase))
                .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
            // --schedule puts every service on it, except those that opted out with costops:schedule=none.
            var scheduleKey = tags.Keys.FirstOrDefault(k => k.Trim().Equals(ScheduleDecider.ScheduleTagKey, StringComparison.OrdinalIgnoreCase));
            var optedOut = scheduleKey is not null && tags[scheduleKey].Trim().Equals(ScheduleDecider.NoneValue, StringComparison.OrdinalIgnoreCase);
            if (expression is not null && !optedOut)
            {
                tags.Remove(scheduleKey ?? ScheduleDecider.ScheduleTagKey);
                tags[ScheduleDecider.ScheduleTagKey] = expression;
            }

            var definition = account.RegisterTaskDefinition($"{service.Cluster}-{service.Service}", (int)(service.Vcpu * 1024), (int)(service.MemoryGb * 1024), service.Architecture);
            var sim = account.AddService(service.Cluster, service.Service, service.DesiredCount, definition, tags: [.. tags.Select(t => (t.Key, t.Value))]);
            if (service.Scaling is { } scaling)
            {
                account.AddScalableTarget(service.Cluster, service.Service, scaling.Min, scaling.Max);
            }

            built.Add((service, sim.Arn, tags));
        }

        return built;
    }

    private static ServiceSavings Price(SimulatedAccount account, (FleetService Fleet, string Arn, Dictionary<string, string> Tags) b, string schedule, IReadOnlySet<string> spotClusters, int days, out bool fallback)
    {
        var size = new Core.Activity.TaskSize(b.Fleet.Vcpu, b.Fleet.MemoryGb, b.Fleet.Architecture);
        var onDemand = FargatePriceTable.Default.Lookup(account.Region, b.Fleet.Architecture, out fallback).PerTaskHour(size);
        var spotPrice = onDemand * CostModel.SpotShare;
        var alwaysOnHours = b.Fleet.DesiredCount * days * 24m;
        var scheduledHours = account.Ledger.TaskHours(b.Arn, false) + account.Ledger.TaskHours(b.Arn, true);
        var spot = spotClusters.Contains(b.Fleet.Cluster);
        return new ServiceSavings(
            b.Fleet.Cluster, b.Fleet.Service, schedule, spot,
            Round(alwaysOnHours), Round(scheduledHours),
            Money(alwaysOnHours * onDemand), Money(scheduledHours * onDemand), Money(scheduledHours * (spot ? spotPrice : onDemand)));
    }

    private static decimal Round(decimal hours) => Math.Round(hours, 2, MidpointRounding.AwayFromZero);

    private static decimal Money(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
