using CostOps.Aws;
using CostOps.Aws.Adapters;
using CostOps.Aws.Http;
using CostOps.Cli.Aws;
using CostOps.Cli.Targets;
using CostOps.Core.Schedules;
using CostOps.Core.Targets;

namespace CostOps.Cli.Fleet;

/// <summary>
/// Every account-region of the hub's targets, resolved as the scheduler resolves them (the accounts of OUs listed
/// through AWS Organizations with your credentials), one after the other: the member role assumed once per account,
/// the fleet read as <c>costops status</c> reads it, and counted. A target that cannot be read (OU unreadable, role
/// refused, ECS refused) is one entry with the reason; the others are still read.
/// </summary>
public static class OrganizationStatusReader
{
    public static async Task<OrganizationStatusReport> ReadAsync(CliHost host, HubSettings hub, ScheduleConfiguration schedules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(hub);
        var targets = hub.Targets ?? throw new UsageException($"{hub.TfvarsPath} sets no targets: status --all lists the account-regions of the hub's targets (see the README, Many accounts and regions); without targets run costops status");
        var configuration = TargetConfiguration.FromJson(TargetsJson.Write(targets))!;
        var organizations = new AwsAccess(hub.Environment, host.Time, new QuietLog(), handler: host.AwsHandler).Organizations;
        var resolution = await TargetResolver.ResolveAsync(configuration, new OrganizationsAccountReader(organizations), cancellationToken).ConfigureAwait(false);
        var credentials = new Dictionary<string, (AssumedCredentials? Credentials, string? Problem)>(StringComparer.Ordinal);
        var lines = new List<AccountRegionStatus>();
        foreach (var unit in resolution.Units)
        {
            var target = new MemberAccountRegion(unit.AccountId, unit.Region, unit.RoleArn, unit.ExternalId, unit.Scope.Clusters,
                unit.Scope.TagKey is null ? null : unit.Scope.TagValue is null ? unit.Scope.TagKey : $"{unit.Scope.TagKey}={unit.Scope.TagValue}");
            if (!credentials.TryGetValue(target.AccountId, out var assumed))
            {
                assumed = await AssumeAsync(host, target, hub.Region, cancellationToken).ConfigureAwait(false);
                credentials[target.AccountId] = assumed;
            }

            lines.Add(assumed.Credentials is { } keys
                ? await ReadOneAsync(host, hub, schedules, target, keys, now, cancellationToken).ConfigureAwait(false)
                : Failed(target, assumed.Problem!));
        }

        lines.AddRange(resolution.Failures.Select(f => new AccountRegionStatus(f.AccountId ?? f.Target, f.Region ?? "-", string.Empty, null, null, null, null, null, f.Error)));
        return new OrganizationStatusReport(TimeText.Format(now), hub.Region, hub.Table, lines, resolution.Notes);
    }

    private static async Task<(AssumedCredentials?, string?)> AssumeAsync(CliHost host, MemberAccountRegion target, string hubRegion, CancellationToken cancellationToken)
    {
        try
        {
            return (await host.Aws.Roles.AssumeRoleAsync(target.RoleArn, target.ExternalId, hubRegion, cancellationToken).ConfigureAwait(false), null);
        }
        catch (RoleAssumeException ex)
        {
            return (null, $"{ex.Message}: {MemberFleet.Advice(ex.Code)}");
        }
    }

    private static async Task<AccountRegionStatus> ReadOneAsync(CliHost host, HubSettings hub, ScheduleConfiguration schedules, MemberAccountRegion target, AssumedCredentials keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scope = target.ClusterTag is { } tag
            ? new EcsInventoryOptions { ClusterTagKey = tag.Split('=', 2)[0], ClusterTagValue = tag.Contains('=', StringComparison.Ordinal) ? tag.Split('=', 2)[1] : null }
            : new EcsInventoryOptions { Clusters = target.Clusters };
        try
        {
            var fleet = MemberFleet.Open(host, hub.Environment, hub.Table, schedules, target, scope, keys);
            var status = await FleetStatusReader.ReadAsync(fleet, now, cancellationToken).ConfigureAwait(false);
            var services = status.Services;
            var stopped = services.Count(s => s.State is "stopped" or "stopping");
            return new AccountRegionStatus(
                target.AccountId,
                target.Region,
                target.RoleArn,
                services.Count,
                services.Count - stopped,
                stopped,
                services.Count(s => s.Override == "in-force"),
                services.Count(s => s.LastError is not null),
                status.Warnings.Count > 0 ? string.Join("; ", status.Warnings) : null);
        }
        catch (AwsServiceException ex)
        {
            return Failed(target, $"{ex.ErrorCode}: {ex.ErrorMessage}");
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or Amazon.Runtime.AmazonServiceException)
        {
            return Failed(target, ex.Message);
        }
    }

    private static AccountRegionStatus Failed(MemberAccountRegion target, string problem) =>
        new(target.AccountId, target.Region, target.RoleArn, null, null, null, null, null, problem);
}
