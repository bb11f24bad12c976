using System.Net;

namespace CostOps.Aws.Http;

/// <summary>An error answered by an AWS service.</summary>
/// <remarks>
/// <see cref="ErrorCode"/> is the shape name without namespace (<c>__type</c> in JSON after the last <c>#</c>,
/// <c>Code</c> in XML), e.g. <c>ThrottlingException</c>, <c>ServiceNotFoundException</c>, <c>AccessDeniedException</c>.
/// </remarks>
public class AwsServiceException : Exception
{
    public AwsServiceException(string serviceId, string operation, string errorCode, string errorMessage, string? requestId, HttpStatusCode statusCode, Exception? innerException = null)
        : base($"{serviceId} {operation} failed: {errorCode} (HTTP {(int)statusCode}): {errorMessage}" + (requestId is null ? string.Empty : $" [request id {requestId}]"), innerException)
    {
        ServiceId = serviceId;
        Operation = operation;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        RequestId = requestId;
        StatusCode = statusCode;
    }

    public string ServiceId { get; }

    public string Operation { get; }

    public string ErrorCode { get; }

    public string ErrorMessage { get; }

    public string? RequestId { get; }

    public HttpStatusCode StatusCode { get; }
}
