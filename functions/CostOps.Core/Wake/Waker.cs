using System.Globalization;
using CostOps.Core.Activity;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;
using CostOps.Core.State;

namespace CostOps.Core.Wake;

/// <summary>
/// Starts a stopped service the way a person would: a <c>keep-running</c> override with an end time, which the
/// scheduler honours and lets expire like any other. At most one write per service per cooldown, decided from the
/// service's tag and an atomic record in the state table, never from memory, so every Lambda instance agrees.
/// </summary>
public sealed class Waker(
    IServiceTagger tagger,
    IOnceLedger ledger,
    IActivityLog activity,
    IRunContinuation? scheduler,
    WakeOptions options,
    IMetricSink metrics,
    IStructuredLog log,
    TimeProvider time)
{
    public WakeOptions Options => options;

    /// <param name="requested">The length asked for; null for the default. Over the cap, the cap applies.</param>
    public async Task<WakeResult> WakeAsync(WakeTarget target, TimeSpan? requested, WakeCaller caller, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var asked = requested ?? options.DefaultDuration;
        var capped = asked > options.MaxDuration;
        var plan = WakePlan.Decide(target.Tags, now, capped ? options.MaxDuration : asked, options.Cooldown);
        if (!plan.Write)
        {
            return new WakeResult(target.Ref, false, plan.Until, capped);
        }

        var key = $"wake#{target.Ref.ServiceArn}";
        if (!await ledger.TryRecordAsync(key, $"woken by {caller.Source}", now + options.Cooldown, ct))
        {
            // Another request wrote within the cooldown; its override is (or is about to be) on the service.
            return new WakeResult(target.Ref, false, plan.Until, capped);
        }

        var until = plan.Until!.Value;
        try
        {
            await tagger.TagAsync(target.Ref, ScheduleDecider.KeepRunningTagKey, WakePlan.TagValue(until), ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            await ForgetAsync(key);
            throw;
        }

        await ReportAsync(target.Ref, until, caller, now, ct);
        await StartSchedulerAsync(target.Ref, ct);
        return new WakeResult(target.Ref, true, until, capped);
    }

    private async Task ReportAsync(ServiceRef service, DateTimeOffset until, WakeCaller caller, DateTimeOffset now, CancellationToken ct)
    {
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"woken by {caller.Source}{(caller.Who is null ? "" : $" ({caller.Who})")}{(caller.SourceIp is null ? "" : $" from {caller.SourceIp}")}; keep-running until {WakePlan.TagValue(until)}");
        log.Write(LogLevel.Info, "wake.woken", $"{service.ClusterName}/{service.ServiceName} {detail}",
        [
            new("cluster", service.ClusterName),
            new("service", service.ServiceName),
            new("source", caller.Source),
            new("caller", caller.Who),
            new("sourceIp", caller.SourceIp),
            new("until", WakePlan.TagValue(until)),
        ]);
        metrics.Add("Wakes", 1, MetricUnit.Count);
        try
        {
            await activity.AppendAsync([new ServiceActivity(service.ServiceArn, service.ClusterName, service.ServiceName, options.Region, ActivityKind.Woken, now, detail)], ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.Write(LogLevel.Warning, "wake.activity_not_recorded", "Could not record the wake in the activity log; the weekly report will not count it.",
                [new("service", service.ServiceArn), new("error", $"{ex.GetType().Name}: {ex.Message}")]);
        }
    }

    /// <summary>Asks the scheduler to run now rather than at its next tick (an optional part: the tick starts the service anyway).</summary>
    private async Task StartSchedulerAsync(ServiceRef service, CancellationToken ct)
    {
        if (scheduler is null)
        {
            return;
        }

        try
        {
            await scheduler.ContinueAsync(new SchedulerRunRequest(null, false), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.Write(LogLevel.Warning, "wake.scheduler_not_started", "Could not start a scheduler run; the next safety tick starts the service.",
                [new("service", service.ServiceArn), new("error", $"{ex.GetType().Name}: {ex.Message}")]);
        }
    }

    private async Task ForgetAsync(string key)
    {
        try
        {
            await ledger.ForgetAsync(key, CancellationToken.None);
        }
        catch (Exception ex)
        {
            log.Write(LogLevel.Warning, "wake.cooldown_not_cleared", "The wake failed and its cooldown record could not be removed; a new wake is possible once it expires.",
                [new("key", key), new("error", $"{ex.GetType().Name}: {ex.Message}")]);
        }
    }
}
