using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CostOps.Aws.Sts;
using CostOps.Core.Observability;

namespace CostOps.Aws.Http;

/// <summary>
/// The member account-regions one function reaches: one transport per (account, region, role, external id, session)
/// and one credential source per (role, external id, session), kept for the life of the function instance.
/// </summary>
internal sealed partial class AwsTargets(IReadOnlyDictionary<string, string> environment, HttpClient http, AwsTransportOptions options, TimeProvider time, IStructuredLog? log)
{
    private readonly ConcurrentDictionary<(string Account, string Region, string Role, string? ExternalId, string Session), Lazy<AwsAccess>> _accesses = new();
    private readonly ConcurrentDictionary<(string Role, string? ExternalId, string Session), Lazy<AssumedRoleCredentialSource>> _roles = new();

    public AwsAccess For(string accountId, string region, string roleArn, string? externalId, string sessionName, IStsClient sts, Func<AwsTransport, AwsAccess> create)
    {
        Check(accountId, region, roleArn);
        var request = new AssumeRoleRequest { RoleArn = roleArn, RoleSessionName = sessionName, ExternalId = externalId };
        var problems = AssumeRoleRules.Problems(request);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Target {accountId}/{region}: {string.Join(" ", problems)}", nameof(roleArn));
        }

        return _accesses.GetOrAdd(
            (accountId, region, roleArn, externalId, sessionName),
            key => new Lazy<AwsAccess>(() =>
            {
                var credentials = _roles.GetOrAdd((key.Role, key.ExternalId, key.Session), _ => new Lazy<AssumedRoleCredentialSource>(() => new AssumedRoleCredentialSource(sts, request, time))).Value;
                return create(AwsTransportFactory.Create(http, credentials, EnvironmentFor(region), time, options, log));
            })).Value;
    }

    /// <summary>The function's variables with the target's region: endpoint overrides stay, the region is the target's.</summary>
    private Dictionary<string, string> EnvironmentFor(string region)
    {
        var variables = new Dictionary<string, string>(environment, StringComparer.Ordinal)
        {
            [AwsEndpointResolver.RegionVariable] = region,
        };
        variables.Remove(AwsEndpointResolver.DefaultRegionVariable);
        return variables;
    }

    private static void Check(string accountId, string region, string roleArn)
    {
        if (accountId is not { Length: 12 } || !accountId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"Target account '{accountId}' is not a 12-digit AWS account id.", nameof(accountId));
        }

        if (region is null || !RegionPattern().IsMatch(region))
        {
            throw new ArgumentException($"Target region '{region}' of account {accountId} is not an AWS region name such as eu-west-1.", nameof(region));
        }

        if (roleArn is null || !roleArn.Contains($":iam::{accountId}:role/", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Role '{roleArn}' is not a role of target account {accountId}: expected arn:aws:iam::{accountId}:role/<name>.", nameof(roleArn));
        }
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}\\z")]
    private static partial Regex RegionPattern();
}
