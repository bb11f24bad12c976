using CostOps.Aws.AutoScaling;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Fakes;
using Moq;

namespace CostOps.Aws.Tests.Clients;

public sealed class ApplicationAutoScalingClientTests
{
    private readonly Mock<IAwsTransport> _transport = new(MockBehavior.Strict);

    [Fact]
    public async Task DescribeScalableTargetsAllAsync_ThreePages_SendsEachTokenAndKeepsFilters()
    {
        var requests = _transport.SetupJson<DescribeScalableTargetsRequest, DescribeScalableTargetsResponse>(AwsServices.ApplicationAutoScaling, "DescribeScalableTargets", r => new()
        {
            ScalableTargets = [Target(r.NextToken ?? "first")],
            NextToken = r.NextToken switch { null => "p2", "p2" => "p3", _ => null },
        });

        var pages = await new ApplicationAutoScalingClient(_transport.Object).DescribeScalableTargetsAllAsync(
            new() { ServiceNamespace = "ecs", ScalableDimension = ScalableTargetValues.EcsServiceDesiredCount, ResourceIds = ["service/prod/web"] },
            default).ToListAsync();

        Assert.Equal(["service/first", "service/p2", "service/p3"], pages.Select(p => Assert.Single(p.ScalableTargets!).ResourceId));
        Assert.Equal([null, "p2", "p3"], requests.Select(r => r.NextToken));
        Assert.All(requests, r => Assert.Equal(("ecs", "ecs:service:DesiredCount"), (r.ServiceNamespace, r.ScalableDimension)));
    }

    [Fact]
    public async Task RegisterScalableTargetAsync_PinAtZero_SendsMinMaxAndSuspendedState()
    {
        var requests = _transport.SetupJson<RegisterScalableTargetRequest, RegisterScalableTargetResponse>(AwsServices.ApplicationAutoScaling, "RegisterScalableTarget", _ => new());
        var suspended = new SuspendedState { DynamicScalingInSuspended = true, DynamicScalingOutSuspended = true, ScheduledScalingSuspended = true };

        await new ApplicationAutoScalingClient(_transport.Object).RegisterScalableTargetAsync(
            new() { ServiceNamespace = "ecs", ResourceId = ScalableTargetValues.EcsServiceResourceId("prod", "web"), ScalableDimension = ScalableTargetValues.EcsServiceDesiredCount, MinCapacity = 0, MaxCapacity = 0, SuspendedState = suspended },
            default);

        var sent = Assert.Single(requests);
        Assert.Equal(("service/prod/web", 0, 0), (sent.ResourceId, sent.MinCapacity, sent.MaxCapacity));
        Assert.Equal(suspended, sent.SuspendedState);
    }

    [Fact]
    public async Task RegisterScalableTargetAsync_MinAboveMax_Throws()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => new ApplicationAutoScalingClient(_transport.Object).RegisterScalableTargetAsync(
            new() { ServiceNamespace = "ecs", ResourceId = "service/prod/web", ScalableDimension = ScalableTargetValues.EcsServiceDesiredCount, MinCapacity = 3, MaxCapacity = 2 },
            default));

        Assert.Contains("MinCapacity 3 is above MaxCapacity 2", error.Message, StringComparison.Ordinal);
        _transport.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task DescribeScalableTargetsAsync_MoreThan50ResourceIds_Throws()
    {
        var ids = Enumerable.Range(0, 51).Select(i => $"service/prod/s{i}").ToArray();

        await Assert.ThrowsAsync<ArgumentException>(() => new ApplicationAutoScalingClient(_transport.Object).DescribeScalableTargetsAsync(new() { ServiceNamespace = "ecs", ResourceIds = ids }, default));
        _transport.VerifyNoOtherCalls();
    }

    private static ScalableTarget Target(string name) => new()
    {
        ServiceNamespace = "ecs",
        ResourceId = $"service/{name}",
        ScalableDimension = ScalableTargetValues.EcsServiceDesiredCount,
        MinCapacity = 1,
        MaxCapacity = 4,
        RoleARN = "arn:aws:iam::123456789012:role/scaling",
        CreationTime = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero),
    };
}
