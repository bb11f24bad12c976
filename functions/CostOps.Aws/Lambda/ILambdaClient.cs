namespace CostOps.Aws.Lambda;

public interface ILambdaClient
{
    /// <summary>Queues an asynchronous invocation (X-Amz-Invocation-Type: Event); Lambda answers 202 Accepted.</summary>
    Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken);
}
