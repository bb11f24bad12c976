namespace CostOps.Aws.Sts;

/// <summary>The temporary credentials STS issued for a role, and the session's ARN (<c>arn:aws:sts::{account}:assumed-role/{role}/{session}</c>).</summary>
public sealed record AssumedRole(string AccessKeyId, string SecretAccessKey, string SessionToken, DateTimeOffset Expiration, string AssumedRoleArn);
