using System.Net;
using System.Text;
using CostOps.Aws.Http;
using CostOps.Aws.Lambda;
using CostOps.Aws.Tests.Http;

namespace CostOps.Aws.Tests.Operations;

public sealed class LambdaClientHttpTests
{
    private const string FunctionArn = "arn:aws:lambda:eu-west-1:123456789012:function:costops-scheduler";

    private readonly TransportFixture _fixture = new();

    private LambdaClient Client => new(_fixture.Transport);

    [Fact]
    public async Task InvokeAsync_EventByArn_PostsPayloadToEscapedPathWithEventHeader()
    {
        _fixture.Handler.Respond(HttpStatusCode.Accepted, string.Empty, ("x-amzn-RequestId", "l-1"));
        const string Payload = """{"action":"restore","cluster":"prod"}""";

        var response = await Client.InvokeAsync(new() { FunctionName = FunctionArn, Payload = Encoding.UTF8.GetBytes(Payload) }, default);

        Assert.Equal(202, response.StatusCode);
        var request = Assert.Single(_fixture.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(
            "https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/arn%3Aaws%3Alambda%3Aeu-west-1%3A123456789012%3Afunction%3Acostops-scheduler/invocations",
            request.Uri.AbsoluteUri);
        Assert.Equal("Event", request.Headers["x-amz-invocation-type"]);
        Assert.False(request.Headers.ContainsKey("x-amz-target"));
        HttpCallAssert.Signed(request, "eu-west-1", "lambda");
        Assert.Contains("x-amz-invocation-type", request.Headers["authorization"], StringComparison.Ordinal);
        Assert.Equal(Payload, request.Body);
    }

    [Fact]
    public async Task InvokeAsync_UnknownFunction404_ThrowsAwsServiceExceptionWithCode()
    {
        _fixture.Handler.Respond(
            HttpStatusCode.NotFound,
            """{"Type":"User","Message":"Function not found: arn:aws:lambda:eu-west-1:123456789012:function:gone"}""",
            ("x-amzn-ErrorType", "ResourceNotFoundException"),
            ("x-amzn-RequestId", "l-404"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client.InvokeAsync(new() { FunctionName = "gone", Payload = "{}"u8.ToArray() }, default));

        Assert.Equal(("Lambda", "ResourceNotFoundException", "l-404", HttpStatusCode.NotFound), (error.ServiceId, error.ErrorCode, error.RequestId, error.StatusCode));
        Assert.StartsWith("Function not found", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("/2015-03-31/functions/gone/invocations", Assert.Single(_fixture.Handler.Requests).Uri.AbsolutePath);
    }

    [Fact]
    public async Task InvokeAsync_SynchronousAnswer200_ThrowsBecauseTheEventWasNotQueued()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, "{}");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Client.InvokeAsync(new() { FunctionName = "costops-scheduler", Payload = "{}"u8.ToArray() }, default));

        Assert.Contains("answered HTTP 200, expected 202 Accepted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAndWaitAsync_DryRun_SignsHeadersAndReturnsTheFunctionsAnswer()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, """{"dryRun":true,"services":[]}""", ("X-Amz-Executed-Version", "$LATEST"), ("x-amzn-RequestId", "l-2"));
        const string Payload = """{"command":"run","dryRun":true}""";

        var response = await Client.InvokeAndWaitAsync(new() { FunctionName = "costops-scheduler", Payload = Encoding.UTF8.GetBytes(Payload), TailLog = true }, default);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("""{"dryRun":true,"services":[]}""", Encoding.UTF8.GetString(response.Payload.Span));
        Assert.Equal("$LATEST", response.ExecutedVersion);
        var request = Assert.Single(_fixture.Handler.Requests);
        Assert.Equal("https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/costops-scheduler/invocations", request.Uri.AbsoluteUri);
        Assert.Equal("RequestResponse", request.Headers["x-amz-invocation-type"]);
        Assert.Equal("Tail", request.Headers["x-amz-log-type"]);
        HttpCallAssert.Signed(request, "eu-west-1", "lambda");
        Assert.Contains("x-amz-log-type", request.Headers["authorization"], StringComparison.Ordinal);
        Assert.Equal(Payload, request.Body);
    }

    [Fact]
    public async Task InvokeAndWaitAsync_UnhandledError_Returns200WithFunctionErrorPayloadAndLog()
    {
        var log = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"level\":\"error\",\"event\":\"invocation.error\"}\n"));
        _fixture.Handler.Respond(
            HttpStatusCode.OK,
            """{"errorType":"InvalidOperationException","errorMessage":"No AWS region configured"}""",
            ("X-Amz-Function-Error", "Unhandled"),
            ("X-Amz-Log-Result", log));

        var response = await Client.InvokeAndWaitAsync(new() { FunctionName = "costops-scheduler", Payload = "{}"u8.ToArray(), TailLog = true }, default);

        Assert.Equal("Unhandled", response.FunctionError);
        Assert.Contains("No AWS region configured", Encoding.UTF8.GetString(response.Payload.Span), StringComparison.Ordinal);
        Assert.Equal("{\"level\":\"error\",\"event\":\"invocation.error\"}\n", response.LogTail);
    }
}
