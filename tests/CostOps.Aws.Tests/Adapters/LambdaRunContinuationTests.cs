using System.Text;
using CostOps.Aws.Adapters;
using CostOps.Aws.Lambda;
using CostOps.Core.Scheduler;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class LambdaRunContinuationTests
{
    [Theory]
    [InlineData("arn:aws:ecs:eu-west-1:123456789012:service/prod/web", false,
        """{"command":"run","dryRun":false,"continuation":"arn:aws:ecs:eu-west-1:123456789012:service/prod/web"}""")]
    [InlineData("say \"hi\"", true, """{"command":"run","dryRun":true,"continuation":"say \u0022hi\u0022"}""")]
    [InlineData(null, true, """{"command":"run","dryRun":true}""")]
    public async Task ContinueAsync_InvokesThisFunctionWithManualRunEvent(string? token, bool dryRun, string expectedPayload)
    {
        var client = new Mock<ILambdaClient>(MockBehavior.Strict);
        InvokeRequest? sent = null;
        client.Setup(c => c.InvokeAsync(It.IsAny<InvokeRequest>(), It.IsAny<CancellationToken>()))
            .Callback<InvokeRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new InvokeResponse { StatusCode = 202 });

        await new LambdaRunContinuation(client.Object, "costops-scheduler").ContinueAsync(new SchedulerRunRequest(token, dryRun), CancellationToken.None);

        Assert.Equal("costops-scheduler", sent!.FunctionName);
        Assert.Equal(expectedPayload, Encoding.UTF8.GetString(sent.Payload.Span));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_NoFunctionName_ThrowsNamingTheVariable(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new LambdaRunContinuation(Mock.Of<ILambdaClient>(), name));

        Assert.Contains("AWS_LAMBDA_FUNCTION_NAME", error.Message, StringComparison.Ordinal);
    }
}
