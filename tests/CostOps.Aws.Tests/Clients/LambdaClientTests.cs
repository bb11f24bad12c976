using System.Text;
using CostOps.Aws.Http;
using CostOps.Aws.Lambda;
using Moq;

namespace CostOps.Aws.Tests.Clients;

public sealed class LambdaClientTests
{
    private readonly Mock<IAwsTransport> _transport = new(MockBehavior.Strict);

    [Fact]
    public async Task InvokeAsync_FunctionArn_PostsEscapedPathWithEventHeaderAndPayload()
    {
        string? path = null;
        IReadOnlyList<KeyValuePair<string, string>>? headers = null;
        byte[]? body = null;
        Setup(202, (p, h, b) => (path, headers, body) = (p, h, b));

        var response = await new LambdaClient(_transport.Object).InvokeAsync(
            new() { FunctionName = "arn:aws:lambda:eu-west-1:123456789012:function:costops-report:live", Payload = Encoding.UTF8.GetBytes("{\"a\":1}") },
            default);

        Assert.Equal(202, response.StatusCode);
        Assert.Equal("/2015-03-31/functions/arn%3Aaws%3Alambda%3Aeu-west-1%3A123456789012%3Afunction%3Acostops-report%3Alive/invocations", path);
        Assert.Equal([new("X-Amz-Invocation-Type", "Event")], headers!);
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(body!));
    }

    [Fact]
    public async Task InvokeAsync_NoPayload_SendsEmptyBody()
    {
        byte[]? body = null;
        Setup(202, (_, _, b) => body = b);

        await new LambdaClient(_transport.Object).InvokeAsync(new() { FunctionName = "costops-report" }, default);

        Assert.Empty(body!);
    }

    [Fact]
    public async Task InvokeAsync_Status200InsteadOf202_ThrowsSayingEventMayNotBeQueued()
    {
        Setup(200, (_, _, _) => { });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new LambdaClient(_transport.Object).InvokeAsync(new() { FunctionName = "f" }, default));

        Assert.Contains("HTTP 200, expected 202", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_PayloadOver256KB_ThrowsWithoutCalling()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new LambdaClient(_transport.Object).InvokeAsync(new() { FunctionName = "f", Payload = new byte[(256 * 1024) + 1] }, default));
        _transport.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task InvokeAndWaitAsync_TailLog_SendsRequestResponseAndLogTypeHeadersAndReturnsAnswer()
    {
        IReadOnlyList<KeyValuePair<string, string>>? headers = null;
        Setup(200, (_, h, _) => headers = h, "{\"ok\":true}", new() { ["x-amz-executed-version"] = "$LATEST" });

        var response = await new LambdaClient(_transport.Object).InvokeAndWaitAsync(new() { FunctionName = "costops-scheduler", TailLog = true }, default);

        Assert.Equal([new("X-Amz-Invocation-Type", "RequestResponse"), new("X-Amz-Log-Type", "Tail")], headers!);
        Assert.Equal("{\"ok\":true}", Encoding.UTF8.GetString(response.Payload.Span));
        Assert.Equal("$LATEST", response.ExecutedVersion);
        Assert.Null(response.FunctionError);
        Assert.Null(response.LogTail);
    }

    [Fact]
    public async Task InvokeAndWaitAsync_FunctionFailed_ReturnsFunctionErrorAndDecodedLog()
    {
        var log = Convert.ToBase64String(Encoding.UTF8.GetBytes("START RequestId: 1\nboom\n"));
        Setup(200, (_, _, _) => { }, "{\"errorMessage\":\"boom\"}", new() { ["x-amz-function-error"] = "Unhandled", ["x-amz-log-result"] = log });

        var response = await new LambdaClient(_transport.Object).InvokeAndWaitAsync(new() { FunctionName = "f", TailLog = true }, default);

        Assert.Equal("Unhandled", response.FunctionError);
        Assert.Equal("START RequestId: 1\nboom\n", response.LogTail);
    }

    [Fact]
    public async Task InvokeAndWaitAsync_NoTailLog_SendsOnlyInvocationTypeHeader()
    {
        IReadOnlyList<KeyValuePair<string, string>>? headers = null;
        Setup(200, (_, h, _) => headers = h);

        await new LambdaClient(_transport.Object).InvokeAndWaitAsync(new() { FunctionName = "f" }, default);

        Assert.Equal([new("X-Amz-Invocation-Type", "RequestResponse")], headers!);
    }

    [Fact]
    public async Task InvokeAndWaitAsync_Status202_ThrowsSayingAnswerWasExpected()
    {
        Setup(202, (_, _, _) => { });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new LambdaClient(_transport.Object).InvokeAndWaitAsync(new() { FunctionName = "f" }, default));

        Assert.Contains("HTTP 202, expected 200 OK", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAndWaitAsync_PayloadOver6MB_ThrowsWithoutCalling()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => new LambdaClient(_transport.Object).InvokeAndWaitAsync(new() { FunctionName = "f", Payload = new byte[(6 * 1024 * 1024) + 1] }, default));

        Assert.Contains("synchronous", error.Message, StringComparison.Ordinal);
        _transport.VerifyNoOtherCalls();
    }

    private void Setup(int status, Action<string, IReadOnlyList<KeyValuePair<string, string>>, byte[]> capture, string body = "", Dictionary<string, string>? responseHeaders = null) =>
        _transport
            .Setup(t => t.InvokeRestAsync(AwsServices.Lambda, HttpMethod.Post, It.IsAny<string>(), It.IsAny<IReadOnlyList<KeyValuePair<string, string>>>(), It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<CancellationToken>()))
            .Callback((AwsService _, HttpMethod _, string p, IReadOnlyList<KeyValuePair<string, string>> h, ReadOnlyMemory<byte> b, CancellationToken _) => capture(p, h, b.ToArray()))
            .ReturnsAsync(new AwsRestResponse(status, responseHeaders ?? [], Encoding.UTF8.GetBytes(body)));
}
