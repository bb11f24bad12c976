using System.Net;
using CostOps.Aws.Http;

namespace CostOps.Aws.Lambda;

/// <summary>Lambda over REST-JSON: <c>POST /2015-03-31/functions/{FunctionName}/invocations</c>.</summary>
public sealed class LambdaClient(IAwsTransport transport) : ILambdaClient
{
    internal const string InvocationTypeHeader = "X-Amz-Invocation-Type";
    internal const string EventInvocation = "Event";
    private const int MaxFunctionNameLength = 170;
    private const int MaxAsyncPayloadBytes = 256 * 1024;
    private readonly IAwsTransport _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    public async Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.FunctionName) || request.FunctionName.Length > MaxFunctionNameLength)
        {
            throw new ArgumentException($"Lambda Invoke needs a function name or ARN of 1 to {MaxFunctionNameLength} characters, got '{request.FunctionName}'.", nameof(request));
        }

        if (request.Payload.Length > MaxAsyncPayloadBytes)
        {
            throw new ArgumentException($"Lambda asynchronous Invoke of '{request.FunctionName}': payload is {request.Payload.Length} bytes, the limit is {MaxAsyncPayloadBytes}.", nameof(request));
        }

        var response = await _transport.InvokeRestAsync(
            AwsServices.Lambda,
            HttpMethod.Post,
            InvocationsPath(request.FunctionName),
            [new(InvocationTypeHeader, EventInvocation)],
            request.Payload,
            cancellationToken).ConfigureAwait(false);

        if (response.StatusCode != (int)HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException(
                $"Lambda Invoke of '{request.FunctionName}' as an Event answered HTTP {response.StatusCode}, expected 202 Accepted; the event may not be queued. Check the function's configuration and retry.");
        }

        return new InvokeResponse { StatusCode = response.StatusCode };
    }

    /// <summary>The function name is one path segment: ARNs' colons are escaped too.</summary>
    internal static string InvocationsPath(string functionName) => $"/2015-03-31/functions/{Uri.EscapeDataString(functionName)}/invocations";
}
