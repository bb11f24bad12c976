namespace CostOps.Cli.Aws;

/// <summary>STS refused AssumeRole (or could not be reached): <see cref="Code"/> is AWS's error code (AccessDenied, ...), the message AWS's own.</summary>
public sealed class RoleAssumeException(string roleArn, string code, string message) : Exception($"cannot assume {roleArn} ({code}: {message})")
{
    public string RoleArn { get; } = roleArn;

    public string Code { get; } = code;

    public string AwsMessage { get; } = message;
}
