using CostOps.Aws.Adapters;
using CostOps.Aws.AutoScaling;
using CostOps.Core.Scheduler.Ports;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class AutoScalingServiceScalingTests
{
    private static readonly ServiceRef Web = new("prod", "web", EcsFleetFake.ServiceArn("prod", "web"));
    private readonly Mock<IApplicationAutoScalingClient> _client = new(MockBehavior.Strict);
    private DescribeScalableTargetsRequest? _described;

    [Fact]
    public async Task GetAsync_TargetWithSuspendedState_AsksForTheServiceAndMapsBounds()
    {
        Describe(Target(2, 10, new SuspendedState { DynamicScalingInSuspended = true, ScheduledScalingSuspended = true }));

        var bounds = await new AutoScalingServiceScaling(_client.Object).GetAsync(Web, CancellationToken.None);

        Assert.Equal(new ScalingBounds(2, 10, DynamicScalingInSuspended: true, DynamicScalingOutSuspended: false, ScheduledScalingSuspended: true), bounds);
        Assert.Equal("ecs", _described!.ServiceNamespace);
        Assert.Equal(["service/prod/web"], _described.ResourceIds);
        Assert.Equal("ecs:service:DesiredCount", _described.ScalableDimension);
    }

    [Fact]
    public async Task GetAsync_NoSuspendedState_AllFlagsFalse()
    {
        Describe(Target(1, 4, null));

        var bounds = await new AutoScalingServiceScaling(_client.Object).GetAsync(Web, CancellationToken.None);

        Assert.Equal(new ScalingBounds(1, 4, false, false, false), bounds);
    }

    [Fact]
    public async Task GetAsync_NoTarget_ReturnsNull()
    {
        Describe();

        Assert.Null(await new AutoScalingServiceScaling(_client.Object).GetAsync(Web, CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_OnlyAnotherServicesTarget_ReturnsNull()
    {
        Describe(Target(1, 4, null) with { ResourceId = "service/prod/web-canary" });

        Assert.Null(await new AutoScalingServiceScaling(_client.Object).GetAsync(Web, CancellationToken.None));
    }

    [Fact]
    public async Task SetAsync_RegistersBoundsAndEveryFlagExplicitly()
    {
        RegisterScalableTargetRequest? sent = null;
        _client.Setup(c => c.RegisterScalableTargetAsync(It.IsAny<RegisterScalableTargetRequest>(), It.IsAny<CancellationToken>()))
            .Callback<RegisterScalableTargetRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new RegisterScalableTargetResponse());

        await new AutoScalingServiceScaling(_client.Object).SetAsync(Web, new ScalingBounds(0, 0, true, false, true), CancellationToken.None);

        Assert.Equal(("ecs", "service/prod/web", "ecs:service:DesiredCount", 0, 0), (sent!.ServiceNamespace, sent.ResourceId, sent.ScalableDimension, sent.MinCapacity, sent.MaxCapacity));
        Assert.Equal(new SuspendedState { DynamicScalingInSuspended = true, DynamicScalingOutSuspended = false, ScheduledScalingSuspended = true }, sent.SuspendedState);
    }

    [Fact]
    public async Task GetManyAsync_120Services_OneCallPer50IdsAndOnlyTheTargetsThatExist()
    {
        var services = Enumerable.Range(0, 120).Select(i => new ServiceRef("prod", $"s{i:000}", EcsFleetFake.ServiceArn("prod", $"s{i:000}"))).ToList();
        var asked = new List<DescribeScalableTargetsRequest>();
        _client.Setup(c => c.DescribeScalableTargetsAllAsync(It.IsAny<DescribeScalableTargetsRequest>(), It.IsAny<CancellationToken>()))
            .Returns<DescribeScalableTargetsRequest, CancellationToken>((r, _) =>
            {
                asked.Add(r);
                var targets = r.ResourceIds!.Where(id => id.EndsWith('0')).Select(id => Target(1, 5, null) with { ResourceId = id })
                    .Append(Target(9, 9, null) with { ResourceId = "service/other/s000" })
                    .Append(Target(9, 9, null) with { ResourceId = "service/prod/s010", ScalableDimension = "ecs:service:Other" });
                return Pages(new DescribeScalableTargetsResponse { ScalableTargets = [.. targets] });
            });

        var bounds = await new AutoScalingServiceScaling(_client.Object).GetManyAsync(services, CancellationToken.None);

        Assert.Equal([50, 50, 20], asked.Select(r => r.ResourceIds!.Count));
        Assert.All(asked, r => Assert.Equal(("ecs", "ecs:service:DesiredCount"), (r.ServiceNamespace, r.ScalableDimension)));
        Assert.Equal(12, bounds!.Count);
        Assert.Equal(new ScalingBounds(1, 5, false, false, false), bounds[services[10].ServiceArn]);
        Assert.False(bounds.ContainsKey(services[11].ServiceArn));
    }

    [Fact]
    public async Task GetAllAsync_TwoPages_ListsTheNamespace50APageAndKeepsOnlyTheGivenServices()
    {
        var services = new[] { Web, new ServiceRef("prod", "api", EcsFleetFake.ServiceArn("prod", "api")) };
        var asked = new List<DescribeScalableTargetsRequest>();
        _client.Setup(c => c.DescribeScalableTargetsAsync(It.IsAny<DescribeScalableTargetsRequest>(), It.IsAny<CancellationToken>()))
            .Callback<DescribeScalableTargetsRequest, CancellationToken>((r, _) => asked.Add(r))
            .ReturnsAsync((DescribeScalableTargetsRequest r, CancellationToken _) => r.NextToken is null
                ? new DescribeScalableTargetsResponse { ScalableTargets = [Target(2, 8, null), Target(9, 9, null) with { ResourceId = "service/other/x" }], NextToken = "p2" }
                : new DescribeScalableTargetsResponse { ScalableTargets = [Target(1, 3, null) with { ResourceId = "service/prod/api" }] });

        var bounds = await new AutoScalingServiceScaling(_client.Object).GetAllAsync(services, 5, CancellationToken.None);

        Assert.Equal([null, "p2"], asked.Select(r => r.NextToken));
        Assert.All(asked, r => Assert.Equal(("ecs", "ecs:service:DesiredCount", 50, true), (r.ServiceNamespace, r.ScalableDimension, r.MaxResults, r.ResourceIds is null)));
        Assert.Equal(2, bounds!.Count);
        Assert.Equal(new ScalingBounds(2, 8, false, false, false), bounds[Web.ServiceArn]);
        Assert.Equal(new ScalingBounds(1, 3, false, false, false), bounds[services[1].ServiceArn]);
    }

    [Fact]
    public async Task GetAllAsync_MorePagesThanTheBudget_StopsAtTheBudgetAndReturnsNull()
    {
        var calls = 0;
        _client.Setup(c => c.DescribeScalableTargetsAsync(It.IsAny<DescribeScalableTargetsRequest>(), It.IsAny<CancellationToken>()))
            .Callback(() => calls++)
            .ReturnsAsync(new DescribeScalableTargetsResponse { ScalableTargets = [Target(2, 8, null)], NextToken = "more" });

        var bounds = await new AutoScalingServiceScaling(_client.Object).GetAllAsync([Web], 3, CancellationToken.None);

        Assert.Null(bounds);
        Assert.Equal(3, calls);
    }

    private static async IAsyncEnumerable<DescribeScalableTargetsResponse> Pages(params DescribeScalableTargetsResponse[] pages)
    {
        foreach (var page in pages)
        {
            await Task.Yield();
            yield return page;
        }
    }

    private void Describe(params ScalableTarget[] targets) =>
        _client.Setup(c => c.DescribeScalableTargetsAsync(It.IsAny<DescribeScalableTargetsRequest>(), It.IsAny<CancellationToken>()))
            .Callback<DescribeScalableTargetsRequest, CancellationToken>((r, _) => _described = r)
            .ReturnsAsync(new DescribeScalableTargetsResponse { ScalableTargets = targets });

    private static ScalableTarget Target(int min, int max, SuspendedState? suspended) => new()
    {
        ServiceNamespace = "ecs",
        ResourceId = "service/prod/web",
        ScalableDimension = "ecs:service:DesiredCount",
        MinCapacity = min,
        MaxCapacity = max,
        RoleARN = "arn:aws:iam::123456789012:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService",
        CreationTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        SuspendedState = suspended,
    };
}
