namespace CostOps.Aws.Sts;

/// <summary>STS <c>AssumeRole</c> input (Query protocol: members become form parameters of the same names).</summary>
public sealed record AssumeRoleRequest
{
    /// <summary><c>arn:aws:iam::{account}:role/{name}</c>, 20 to 2048 characters.</summary>
    public required string RoleArn { get; init; }

    /// <summary>2 to 64 characters of <c>[\w+=,.@-]</c>; the member account's CloudTrail shows it on every call made with the session.</summary>
    public required string RoleSessionName { get; init; }

    /// <summary>Optional; 2 to 1224 characters of <c>[\w+=,.@:/-]</c>, required when the role's trust policy asks for <c>sts:ExternalId</c>.</summary>
    public string? ExternalId { get; init; }

    /// <summary>900 (15 minutes) to 43200 (12 hours, and never more than the role's maximum session duration); AWS' default is 3600.</summary>
    public int? DurationSeconds { get; init; }
}
