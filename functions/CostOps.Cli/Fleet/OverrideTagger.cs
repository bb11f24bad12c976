using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Core.Schedules;

namespace CostOps.Cli.Fleet;

/// <summary>Writes or removes a service's keep-running tag (the override the scheduler reads) and says what follows.</summary>
public sealed class OverrideTagger(FleetContext fleet, TimeProvider time)
{
    /// <summary>How the scheduler picks the change up: the safety tick, and the boundary wake-up for schedule boundaries.</summary>
    public const string NextRun = "the scheduler's next run (the safety tick, every 15 minutes with the default safety_tick_expression)";

    public async Task<OverrideResult> KeepRunningAsync(ServiceTarget target, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var service = await DescribeAsync(target, cancellationToken).ConfigureAwait(false);
        var value = TimeText.Format(until);
        await fleet.Aws.Ecs.TagResourceAsync(new TagResourceRequest { ResourceArn = service.ServiceArn!, Tags = [new Tag { Key = ScheduleDecider.KeepRunningTagKey, Value = value }] }, cancellationToken).ConfigureAwait(false);
        var tags = Tags(service).Where(t => !IsKeepRunning(t.Key)).Append(new(ScheduleDecider.KeepRunningTagKey, value)).ToDictionary(StringComparer.Ordinal);
        var (verdict, changeAt) = Evaluate(tags);
        var stopped = (service.DesiredCount ?? 0) == 0;
        var message = $"{target} is kept running until {value}. " + (verdict.Desired switch
        {
            DesiredRunState.Unmanaged => "Note: CostOps does not manage this service (no schedule), so the tag changes nothing.",
            _ when stopped => $"It is stopped now: {NextRun} starts it with its saved capacity.",
            _ => "It is running and stays up until then; after that its schedule applies again.",
        });
        return Result("keep-running", target, service, value, verdict, stopped && verdict.Desired == DesiredRunState.Running ? "next-run" : changeAt, message);
    }

    public async Task<OverrideResult> ReleaseAsync(ServiceTarget target, CancellationToken cancellationToken)
    {
        var service = await DescribeAsync(target, cancellationToken).ConfigureAwait(false);
        var keys = Tags(service).Select(t => t.Key).Where(IsKeepRunning).ToList();
        if (keys.Count > 0)
        {
            await fleet.Aws.Ecs.UntagResourceAsync(new UntagResourceRequest { ResourceArn = service.ServiceArn!, TagKeys = keys }, cancellationToken).ConfigureAwait(false);
        }

        var (verdict, changeAt) = Evaluate(Tags(service).Where(t => !IsKeepRunning(t.Key)).ToDictionary(StringComparer.Ordinal));
        var running = (service.DesiredCount ?? 0) > 0;
        var mustStop = running && verdict.Desired == DesiredRunState.Stopped;
        var message = (keys.Count == 0 ? $"{target} has no keep-running tag: nothing to release. " : $"Released {target}: the keep-running tag is removed. ") + (verdict.Desired switch
        {
            _ when mustStop => $"Its schedule says stopped now: {NextRun} stops it.",
            DesiredRunState.Running or DesiredRunState.Stopped => $"It follows its schedule ({verdict.ScheduleName}) again" + (changeAt is null ? "." : $"; next change at {changeAt}."),
            _ => $"CostOps leaves it as it is ({verdict.Reason}).",
        });
        return Result("release", target, service, null, verdict, mustStop ? "next-run" : changeAt, message);
    }

    private (ScheduleVerdict Verdict, string? ChangeAt) Evaluate(IReadOnlyDictionary<string, string> tags)
    {
        var decider = new ScheduleDecider(fleet.Schedules);
        var now = time.GetUtcNow();
        var scan = decider.StartNextChangeScan(now);
        scan.Add(tags);
        return (decider.Decide(tags, now), TimeText.Format(scan.Earliest));
    }

    private async Task<Service> DescribeAsync(ServiceTarget target, CancellationToken cancellationToken)
    {
        DescribeServicesResponse response;
        try
        {
            response = await fleet.Aws.Ecs.DescribeServicesAsync(
                new DescribeServicesRequest { Cluster = target.Cluster, Services = [target.Service], Include = ["TAGS"] }, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException ex) when (ex.ErrorCode == "ClusterNotFoundException")
        {
            throw new InvalidOperationException($"no cluster {target.Cluster} in {fleet.Region}: check the name (aws ecs list-clusters --region {fleet.Region}) or pass --region");
        }

        return response.Services?.FirstOrDefault(s => s.Status == "ACTIVE" && s.ServiceArn is not null)
            ?? throw new InvalidOperationException($"no service {target.Service} in cluster {target.Cluster} in {fleet.Region}: check the name (aws ecs list-services --cluster {target.Cluster} --region {fleet.Region})");
    }

    private OverrideResult Result(string command, ServiceTarget target, Service service, string? until, ScheduleVerdict verdict, string? changeAt, string message) =>
        new(command, target.Cluster, target.Service, service.ServiceArn!, until, service.DesiredCount ?? 0, service.RunningCount ?? 0, FleetNames.Of(verdict.Desired), changeAt, message);

    private static IEnumerable<KeyValuePair<string, string>> Tags(Service service) =>
        (service.Tags ?? []).Select(t => new KeyValuePair<string, string>(t.Key, t.Value ?? string.Empty));

    private static bool IsKeepRunning(string key) => key.Trim().Equals(ScheduleDecider.KeepRunningTagKey, StringComparison.OrdinalIgnoreCase);
}
