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
}
