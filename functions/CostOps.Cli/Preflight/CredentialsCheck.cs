using CostOps.Cli.Aws;

namespace CostOps.Cli.Preflight;

/// <summary>The AWS credentials in this shell work: STS GetCallerIdentity answers, naming the account.</summary>
public sealed class CredentialsCheck(ICallerIdentityClient sts) : IPreflightCheck
{
    public string Id => "credentials";

    public IReadOnlyList<string> Needs => [];

    public async Task<CheckResult> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var identity = await sts.GetCallerIdentityAsync(context.CallRegion, cancellationToken).ConfigureAwait(false);
            return CheckResult.Pass(Id, $"account {identity.Account} as {identity.Arn}");
        }
        catch (CredentialsException ex)
        {
            return CheckResult.Fail(Id, Describe(ex));
        }
    }

    /// <summary>One sentence per kind of credential problem, with what to do about it.</summary>
    internal static string Describe(CredentialsException error) => Describe(error.Code, OneLine(error.Message));

    private static string Describe(string code, string message) => code switch
    {
        CredentialsException.NoCredentials =>
            "no AWS credentials were found (environment variables, AWS_PROFILE or the default profile, SSO, instance role): set AWS_PROFILE to a configured profile (run aws sso login for SSO profiles) or export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY",
        CredentialsException.Unreachable =>
            $"AWS STS could not be reached ({message}): check the network, a proxy (HTTPS_PROXY) or AWS_ENDPOINT_URL, then run again",
        "ExpiredToken" or "ExpiredTokenException" or "RequestExpired" =>
            $"the AWS credentials have expired ({message}): refresh them (aws sso login, or new session credentials) and run again",
        "InvalidClientTokenId" or "UnrecognizedClientException" =>
            $"AWS does not recognise the access key ({message}): check AWS_ACCESS_KEY_ID or the profile's keys, they may be deleted or mistyped",
        "SignatureDoesNotMatch" =>
            $"AWS rejected the signature ({message}): the secret access key does not belong to the access key id, fix AWS_SECRET_ACCESS_KEY or the profile",
        _ => $"AWS rejected the credentials with {code} ({message}): check the credentials of this shell (AWS_PROFILE or AWS_ACCESS_KEY_ID)",
    };

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
