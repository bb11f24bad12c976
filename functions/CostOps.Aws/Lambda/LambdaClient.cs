using System.Net;
using System.Text;
using CostOps.Aws.Http;

namespace CostOps.Aws.Lambda;

/// <summary>Lambda over REST-JSON: <c>POST /2015-03-31/functions/{FunctionName}/invocations</c>.</summary>
public sealed class LambdaClient(IAwsTransport transport) : ILambdaClient
{
    internal const string InvocationTypeHeader = "X-Amz-Invocation-Type";
    internal const string LogTypeHeader = "X-Amz-Log-Type";
    internal const string EventInvocation = "Event";
    internal const string RequestResponseInvocation = "RequestResponse";
    private const string FunctionErrorHeader = "x-amz-function-error";
    private const string LogResultHeader = "x-amz-log-result";
    private const string ExecutedVersionHeader = "x-amz-executed-version";
    private const int MaxFunctionNameLength = 170;
    private const int MaxAsyncPayloadBytes = 256 * 1024;
    private const int MaxSyncPayloadBytes = 6 * 1024 * 1024;
    private readonly IAwsTransport _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    public async Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken)
    {
        Validate(request, MaxAsyncPayloadBytes, "asynchronous");
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

    public async Task<InvokeResponse> InvokeAndWaitAsync(InvokeRequest request, CancellationToken cancellationToken)
    {
        Validate(request, MaxSyncPayloadBytes, "synchronous");
        List<KeyValuePair<string, string>> headers = [new(InvocationTypeHeader, RequestResponseInvocation)];
        if (request.TailLog)
        {
            headers.Add(new(LogTypeHeader, "Tail"));
        }

        var response = await _transport.InvokeRestAsync(
            AwsServices.Lambda, HttpMethod.Post, InvocationsPath(request.FunctionName), headers, request.Payload, cancellationToken).ConfigureAwait(false);

        if (response.StatusCode != (int)HttpStatusCode.OK)
        {
            throw new InvalidOperationException(
                $"Lambda Invoke of '{request.FunctionName}' as RequestResponse answered HTTP {response.StatusCode}, expected 200 OK with the function's answer.");
        }

        return new InvokeResponse
        {
            StatusCode = response.StatusCode,
            Payload = response.Body,
            FunctionError = Header(response, FunctionErrorHeader),
            LogTail = DecodeLog(Header(response, LogResultHeader)),
            ExecutedVersion = Header(response, ExecutedVersionHeader),
        };
    }

    /// <summary>The function name is one path segment: ARNs' colons are escaped too.</summary>
    internal static string InvocationsPath(string functionName) => $"/2015-03-31/functions/{Uri.EscapeDataString(functionName)}/invocations";

    private static void Validate(InvokeRequest request, int maxPayload, string kind)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.FunctionName) || request.FunctionName.Length > MaxFunctionNameLength)
        {
            throw new ArgumentException($"Lambda Invoke needs a function name or ARN of 1 to {MaxFunctionNameLength} characters, got '{request.FunctionName}'.", nameof(request));
        }

        if (request.Payload.Length > maxPayload)
        {
            throw new ArgumentException($"Lambda {kind} Invoke of '{request.FunctionName}': payload is {request.Payload.Length} bytes, the limit is {maxPayload}.", nameof(request));
        }
    }

    private static string? Header(AwsRestResponse response, string name) =>
        response.Headers.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    /// <summary>X-Amz-Log-Result is base64; a value that is not is returned as it came rather than lost.</summary>
    private static string? DecodeLog(string? base64)
    {
        if (base64 is null)
        {
            return null;
        }

        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : base64;
    }
}
