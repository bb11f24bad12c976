using CostOps.Aws.Adapters;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;

namespace CostOps.Cli.Fleet;

/// <summary>The scheduler's own dry run at a given instant (its clock stopped there), with each service's wanted state and next change.</summary>
public static class DryRunPlanner
{
    public static async Task<PlanReport> PlanAsync(FleetContext fleet, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var clock = new FixedTimeProvider(at);
        var decider = new ScheduleDecider(fleet.Schedules);
        var inventory = new RecordingInventory(new EcsServiceInventory(fleet.Aws.Ecs, fleet.Scope!, fleet.Log));
        var ports = new SchedulerPorts(
            inventory,
            new EcsServiceCapacity(fleet.Aws.Ecs),
            new AutoScalingServiceScaling(fleet.Aws.AutoScaling),
            new EcsServiceTagger(fleet.Aws.Ecs),
            new NoContinuation(),
            fleet.Store,
            fleet.Store);
        var options = new SchedulerOptions { DryRun = true, TimeBudget = SchedulerOptions.MaxTimeBudget, Region = fleet.Region };
        var reconciler = new SchedulerReconciler(decider, ports, options, fleet.Log, fleet.Log, clock);
        var summary = await reconciler.RunAsync(new SchedulerRunRequest(DryRun: true), cancellationToken).ConfigureAwait(false);

        var listed = inventory.Listed.ToDictionary(s => s.Ref.ServiceArn, StringComparer.Ordinal);
        var services = summary.Services
            .OrderBy(o => o.ClusterName, StringComparer.Ordinal).ThenBy(o => o.ServiceName, StringComparer.Ordinal)
            .Select(o => Describe(o, listed.GetValueOrDefault(o.ServiceArn), decider, at))
            .ToList();
        var counts = Enum.GetValues<ServiceAction>().ToDictionary(FleetNames.Of, a => summary.Services.Count(s => s.Action == a));
        return new PlanReport(TimeText.Format(at), fleet.Region, services, counts, summary.RunError, fleet.Log.Problems);
    }

    private static PlanService Describe(ServiceOutcome outcome, ManagedService? service, IScheduleDecider decider, DateTimeOffset at)
    {
        var tags = service?.Tags ?? new Dictionary<string, string>();
        var verdict = decider.Decide(tags, at);
        var scan = decider.StartNextChangeScan(at);
        scan.Add(tags);
        return new PlanService(
            outcome.ClusterName,
            outcome.ServiceName,
            FleetNames.Of(outcome.Action),
            outcome.Reason,
            FleetNames.Of(verdict.Desired),
            verdict.ScheduleName,
            service?.DesiredCount ?? 0,
            service?.RunningCount ?? 0,
            FleetNames.Override(verdict.Override),
            TimeText.Format(verdict.OverrideUntil),
            TimeText.Format(scan.Earliest),
            outcome.Error ?? verdict.Error);
    }
}
