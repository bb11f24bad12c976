using System.Net;

namespace CostOps.Aws.Http;

/// <summary>An AWS answer that means "slow down": a throttling error code or HTTP 429.</summary>
public sealed class AwsThrottlingException : AwsServiceException
{
    public AwsThrottlingException(string serviceId, string operation, string errorCode, string errorMessage, string? requestId, HttpStatusCode statusCode)
        : base(serviceId, operation, errorCode, errorMessage, requestId, statusCode)
    {
    }
}
