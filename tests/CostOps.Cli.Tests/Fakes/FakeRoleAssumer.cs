using CostOps.Cli.Aws;

namespace CostOps.Cli.Tests.Fakes;

/// <summary>AssumeRole as STS answers it: keys tied to the role's account (ASIA + account id), or AccessDenied for the accounts told to refuse.</summary>
public sealed class FakeRoleAssumer : IRoleAssumer
{
    public HashSet<string> Denied { get; } = new(StringComparer.Ordinal);

    /// <summary>Each call: role ARN, external id, the region STS was called in.</summary>
    public List<(string RoleArn, string? ExternalId, string Region)> Calls { get; } = [];

    public static string KeyOf(string account) => $"ASIA{account}";

    public Task<AssumedCredentials> AssumeRoleAsync(string roleArn, string? externalId, string region, CancellationToken cancellationToken)
    {
        Calls.Add((roleArn, externalId, region));
        var account = roleArn.Split(':')[4];
        if (Denied.Contains(account))
        {
            throw new RoleAssumeException(roleArn, "AccessDenied", $"User: arn:aws:iam::999999999999:user/platform is not authorized to perform: sts:AssumeRole on resource: {roleArn}");
        }

        return Task.FromResult(new AssumedCredentials(KeyOf(account), "member-secret", "member-session-token", DateTimeOffset.MaxValue));
    }
}
