namespace CostOps.Cli.Fleet;

/// <summary>AWS error codes that mean the credentials, not the request, are wrong, and what to say about them.</summary>
public static class CredentialProblem
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "UnrecognizedClientException", "InvalidClientTokenId", "InvalidSignatureException", "SignatureDoesNotMatch",
        "ExpiredToken", "ExpiredTokenException", "IncompleteSignature", "MissingAuthenticationToken",
    };

    public static bool IsCredentialError(string? code) => code is not null && Codes.Contains(code);

    public static InvalidOperationException Describe(string code, string message, string? region) => new(
        $"AWS rejected the credentials{(region is null ? string.Empty : " in " + region)} ({code}: {message}): check AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN or AWS_PROFILE "
        + "(pass --profile), run `aws sso login` if the session expired, and check with `aws sts get-caller-identity`");
}
