using System.CommandLine;
using System.Text.RegularExpressions;
using CostOps.Aws;
using CostOps.Aws.Adapters;
using CostOps.Aws.Http;
using CostOps.Cli.Aws;
using CostOps.Cli.Configuration;
using CostOps.Cli.Targets;
using CostOps.Core.Schedules;
using CostOps.Hosting.Configuration;

namespace CostOps.Cli.Fleet;

/// <summary>
/// A member account's fleet, reached as the hub's scheduler reaches it: the member role assumed with the user's
/// credentials for ECS and Application Auto Scaling in the member's region, the state read from the hub's table.
/// </summary>
public static partial class MemberFleet
{
    /// <summary>Real use: one connection pool for every member account (requests are signed with the assumed keys).</summary>
    private static readonly Lazy<HttpMessageHandler> Sockets = new(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

    /// <summary>The fleet of the command: the member account with --account, else the account of the credentials.</summary>
    /// <exception cref="UsageException">A bad --account, no region, no clusters, or a tfvars file that does not read.</exception>
    /// <exception cref="InvalidOperationException">The member role cannot be assumed: the message says what to check.</exception>
    public static async Task<FleetContext> CreateAsync(CliHost host, FleetOptions options, ParseResult parse, bool needsClusters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetValue(options.Account) is not { } account)
        {
            return FleetContext.Create(host, options, parse, needsClusters);
        }

        if (!AccountId().IsMatch(account))
        {
            throw new UsageException($"--account {account}: expected a 12-digit AWS account id such as 111111111111");
        }

        var hub = HubSettings.Load(host, options, parse);
        var entry = hub.Targets?.For(account);
        var region = parse.GetValue(options.Region) ?? entry?.Regions switch
        {
            [var only] => only,
            { Count: > 1 } several => throw new UsageException($"account {account} is scheduled in {string.Join(", ", several)} ({hub.TfvarsPath}): pass --region"),
            _ => hub.Region,
        };
        var role = parse.GetValue(options.Role) ?? hub.Targets?.Role ?? MemberTargets.DefaultRole;
        var externalId = parse.GetValue(options.ExternalId) ?? hub.Targets?.ExternalId;
        var scope = needsClusters ? Scope(hub, options, parse, entry, account) : null;
        var target = new MemberAccountRegion(account, region, MemberTargets.RoleArn(role, account, region), externalId, scope?.Clusters ?? [], scope?.ClusterTagKey);
        var schedules = FleetContext.ReadSchedules(host, hub.Environment, options, parse);
        AssumedCredentials credentials;
        try
        {
            credentials = await host.Aws.Roles.AssumeRoleAsync(target.RoleArn, externalId, hub.Region, cancellationToken).ConfigureAwait(false);
        }
        catch (RoleAssumeException ex)
        {
            throw new InvalidOperationException($"{ex.Message}: {Advice(ex.Code)}");
        }

        return Open(host, hub.Environment, hub.Table, schedules, target, scope, credentials);
    }

    /// <summary>The member account-region's fleet over assumed credentials; the state stays in the hub's table.</summary>
    public static FleetContext Open(CliHost host, IReadOnlyDictionary<string, string> hubEnvironment, string table, ScheduleConfiguration schedules, MemberAccountRegion target, EcsInventoryOptions? scope, AssumedCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(credentials);
        var log = new QuietLog();
        var member = new Dictionary<string, string>(hubEnvironment, StringComparer.Ordinal)
        {
            ["AWS_REGION"] = target.Region,
            ["AWS_ACCESS_KEY_ID"] = credentials.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = credentials.SecretAccessKey,
            ["AWS_SESSION_TOKEN"] = credentials.SessionToken,
        };

        // Given a handler, the access layer signs with the keys among the variables: the assumed role's, not the user's.
        var memberAws = new AwsAccess(member, host.Time, log, handler: host.AwsHandler ?? Sockets.Value);
        var store = host.StateStore ?? new AwsAccess(hubEnvironment, host.Time, log, handler: host.AwsHandler).StateStore(table);
        return new FleetContext(target.AccountId, target.Region, table, scope, schedules, log, memberAws, store);
    }

    /// <summary>What to check when STS refuses, by AWS's error code.</summary>
    public static string Advice(string code) => code switch
    {
        "AccessDenied" => "the member role does not trust you, the external id is wrong, or the role does not exist: check that modules/member-role is deployed in that account, that its operator_arns include your role (aws sts get-caller-identity shows it), and that --external-id or targets.external_id equals its external_id",
        CredentialsException.NoCredentials => "no AWS credentials: set AWS_PROFILE (or pass --profile), or export AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
        CredentialsException.Unreachable => "STS could not be reached: check the network and the region",
        _ => "check your credentials with aws sts get-caller-identity and the member role in that account",
    };

    private static EcsInventoryOptions Scope(HubSettings hub, FleetOptions options, ParseResult parse, MemberTarget? entry, string account)
    {
        if ((parse.GetValue(options.Cluster) ?? []).Length > 0 || parse.GetValue(options.Clusters) is not null || entry is null)
        {
            return FleetContext.ReadScope(new Dictionary<string, string>(hub.Environment, StringComparer.Ordinal), options, parse);
        }

        if (entry.ClusterTag is { } tag)
        {
            var parts = tag.Split('=', 2);
            return new EcsInventoryOptions { ClusterTagKey = parts[0], ClusterTagValue = parts.Length > 1 ? parts[1] : null };
        }

        return entry.Clusters.Count > 0
            ? new EcsInventoryOptions { Clusters = entry.Clusters }
            : throw new UsageException($"account {account} in {hub.TfvarsPath} names no clusters: pass --cluster NAME");
    }

    [GeneratedRegex("^[0-9]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountId();
}
