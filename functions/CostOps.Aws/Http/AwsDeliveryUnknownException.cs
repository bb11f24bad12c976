namespace CostOps.Aws.Http;

/// <summary>
/// A call that must not be repeated (see <see cref="SendOnceOperations"/>) failed after its request may have reached
/// AWS: a timeout, a connection lost after sending, or a server error (5xx). Whether AWS acted on it is unknown, so
/// it was not retried.
/// </summary>
public sealed class AwsDeliveryUnknownException : Exception
{
    public AwsDeliveryUnknownException(string serviceId, string operation, Exception innerException)
        : base($"{serviceId} {operation}: the outcome is unknown ({Describe(innerException)}); the request may have been acted on, so it was not retried.", innerException)
    {
        ServiceId = serviceId;
        Operation = operation;
    }

    public string ServiceId { get; }

    public string Operation { get; }

    private static string Describe(Exception ex) => ex switch
    {
        AwsServiceException aws => $"{aws.ErrorCode}, HTTP {(int)aws.StatusCode}",
        TaskCanceledException => "timed out waiting for the answer",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
