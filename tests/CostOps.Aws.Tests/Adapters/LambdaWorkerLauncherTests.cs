using System.Text;
using CostOps.Aws.Adapters;
using CostOps.Aws.Lambda;
using CostOps.Core.Scheduler;
using CostOps.Core.Targets;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class LambdaWorkerLauncherTests
{
    private readonly Mock<ILambdaClient> _client = new(MockBehavior.Strict);
    private readonly List<InvokeRequest> _sent = [];

    public LambdaWorkerLauncherTests() =>
        _client.Setup(c => c.InvokeAsync(It.IsAny<InvokeRequest>(), It.IsAny<CancellationToken>()))
            .Callback<InvokeRequest, CancellationToken>((r, _) => _sent.Add(r))
            .ReturnsAsync(new InvokeResponse { StatusCode = 202 });

    [Fact]
    public async Task StartAsync_Target_InvokesThisFunctionWithTheWorkerRun()
    {
        var target = new AccountRegion("111111111111", "eu-west-1", "arn:aws:iam::111111111111:role/costops-member", "x1", TargetClusterScope.ByName(["app"]));

        await new LambdaWorkerLauncher(_client.Object, "costops-scheduler").StartAsync(target, dryRun: true, CancellationToken.None);

        var sent = Assert.Single(_sent);
        Assert.Equal("costops-scheduler", sent.FunctionName);
        Assert.Equal("""{"command":"run","account":"111111111111","region":"eu-west-1","dryRun":true}""", Encoding.UTF8.GetString(sent.Payload.Span));
    }

    [Fact]
    public async Task ContinueAsync_WorkerContinuation_CarriesTheTarget()
    {
        await new LambdaRunContinuation(_client.Object, "costops-scheduler", "222222222222", "us-east-1")
            .ContinueAsync(new SchedulerRunRequest("arn:aws:ecs:us-east-1:222222222222:service/app/api"), CancellationToken.None);

        Assert.Equal(
            """{"command":"run","account":"222222222222","region":"us-east-1","dryRun":false,"continuation":"arn:aws:ecs:us-east-1:222222222222:service/app/api"}""",
            Encoding.UTF8.GetString(Assert.Single(_sent).Payload.Span));
    }
}
