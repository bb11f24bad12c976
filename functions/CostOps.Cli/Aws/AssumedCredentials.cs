namespace CostOps.Cli.Aws;

/// <summary>Temporary credentials of an assumed role.</summary>
public sealed record AssumedCredentials(string AccessKeyId, string SecretAccessKey, string SessionToken, DateTimeOffset Expiration);
