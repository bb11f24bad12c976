namespace CostOps.Cli.Aws;

/// <summary>The credentials could not be used: <see cref="Code"/> is AWS's error code, or <c>NoCredentials</c> when none were found.</summary>
public sealed class CredentialsException(string code, string message) : Exception(message)
{
    public const string NoCredentials = "NoCredentials";

    public string Code { get; } = code;
}
