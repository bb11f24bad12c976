using System.Collections.Frozen;
using System.Net;

namespace CostOps.Aws.Http;

/// <summary>Which AWS errors are worth another attempt.</summary>
internal static class AwsErrorCodes
{
    /// <summary>botocore's standard retry mode throttling codes.</summary>
    public static readonly FrozenSet<string> Throttling = new[]
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The signing credentials themselves were refused: the session token expired (AWS' clock is past its expiry) or is
    /// not known (session ended, key never issued). AWS authenticates a request before it authorizes or executes it, so
    /// such a request was not acted on. AccessDenied is not one of them: the credentials were accepted and a policy said no.
    /// </summary>
    public static readonly FrozenSet<string> RefusedCredentials = new[]
    {
        "ExpiredToken", "ExpiredTokenException", "InvalidClientTokenId", "UnrecognizedClientException",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsRefusedCredentials(AwsServiceException error) => RefusedCredentials.Contains(error.ErrorCode);

    public static bool IsThrottling(string errorCode, HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || Throttling.Contains(errorCode);

    /// <summary>Throttling and server-side (5xx) failures are transient; other 4xx (validation, access) are not.</summary>
    public static bool IsRetryable(AwsServiceException error) =>
        error is AwsThrottlingException || (int)error.StatusCode >= 500;
}
