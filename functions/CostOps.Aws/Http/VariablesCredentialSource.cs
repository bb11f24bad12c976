using Amazon.Runtime;

namespace CostOps.Aws.Http;

/// <summary>
/// Credentials from given variables (<c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>, optional
/// <c>AWS_SESSION_TOKEN</c>) rather than the process: for a function run against a local endpoint in-process.
/// </summary>
public sealed class VariablesCredentialSource : ICredentialSource
{
    private readonly ImmutableCredentials _credentials;

    public VariablesCredentialSource(IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var key = variables.GetValueOrDefault("AWS_ACCESS_KEY_ID");
        var secret = variables.GetValueOrDefault("AWS_SECRET_ACCESS_KEY");
        if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(secret))
        {
            throw new InvalidOperationException("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must both be set among the variables to sign requests to a local endpoint.");
        }

        _credentials = new ImmutableCredentials(key, secret, variables.GetValueOrDefault("AWS_SESSION_TOKEN"));
    }

    public Task<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_credentials);
    }
}
