namespace CostOps.Aws.Lambda;

public interface ILambdaClient
{
    /// <summary>Queues an asynchronous invocation (X-Amz-Invocation-Type: Event); Lambda answers 202 Accepted.</summary>
    Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the function and waits for its answer (X-Amz-Invocation-Type: RequestResponse); Lambda answers 200 OK.
    /// A function that failed still answers 200: <see cref="InvokeResponse.FunctionError"/> is then set and the payload
    /// holds the error object.
    /// </summary>
    Task<InvokeResponse> InvokeAndWaitAsync(InvokeRequest request, CancellationToken cancellationToken);
}
