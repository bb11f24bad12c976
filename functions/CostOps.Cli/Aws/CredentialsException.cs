namespace CostOps.Cli.Aws;

/// <summary>The credentials could not be used: <see cref="Code"/> is AWS's error code, or <c>NoCredentials</c> when none were found, <c>Unreachable</c> when STS could not be reached.</summary>
public sealed class CredentialsException(string code, string message) : Exception(message)
{
    public const string NoCredentials = "NoCredentials";
    public const string Unreachable = "Unreachable";

    public string Code { get; } = code;
}
