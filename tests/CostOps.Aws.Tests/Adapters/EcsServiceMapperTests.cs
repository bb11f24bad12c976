using CostOps.Aws.Adapters;
using CostOps.Aws.Ecs;
using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;
using EcsEvent = CostOps.Aws.Ecs.ServiceEvent;

namespace CostOps.Aws.Tests.Adapters;

public sealed class EcsServiceMapperTests
{
    private static readonly string Arn = EcsFleetFake.ServiceArn("prod", "web");
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Map_FullService_MapsEveryField()
    {
        var size = new TaskSize(0.5m, 1m, TaskSize.Arm);
        var service = new Service
        {
            ServiceArn = Arn,
            ServiceName = "web",
            ClusterArn = EcsFleetFake.ClusterArn("prod"),
            DesiredCount = 3,
            RunningCount = 2,
            SchedulingStrategy = "REPLICA",
            CapacityProviderStrategy =
            [
                new CapacityProviderStrategyItem { CapacityProvider = "FARGATE", Weight = 1, Base = 1 },
                new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 3 },
            ],
            Deployments = [new Deployment { Status = "PRIMARY", RolloutState = "COMPLETED" }],
            Tags = [new Tag { Key = "costops:schedule", Value = "office-hours" }, new Tag { Key = "empty" }],
            Events = [.. Enumerable.Range(0, 8).Select(i => new EcsEvent { CreatedAt = T0.AddMinutes(-i), Message = $"event {i}" })],
        };

        var mapped = EcsServiceMapper.Map(service, "ignored", size, maxRecentEvents: 5)!;

        Assert.Equal(new ServiceRef("prod", "web", Arn), mapped.Ref);
        Assert.Equal((3, 2, SchedulingStrategy.Replica, false), (mapped.DesiredCount, mapped.RunningCount, mapped.Strategy, mapped.DeploymentInProgress));
        Assert.Equal([new CapacityProviderItem("FARGATE", 1, 1), new CapacityProviderItem("FARGATE_SPOT", 3, 0)], mapped.CapacityProviderStrategy);
        Assert.Null(mapped.LaunchType);
        Assert.Equal(new Dictionary<string, string> { ["costops:schedule"] = "office-hours", ["empty"] = "" }, mapped.Tags);
        Assert.Same(size, mapped.TaskSize);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => new Core.Scheduler.Ports.ServiceEvent(T0.AddMinutes(-i), $"event {i}")), mapped.RecentEvents);
    }

    [Fact]
    public void Map_DaemonWithLaunchTypeAndNoCounts_MapsDaemonZeroCountsAndLaunchType()
    {
        var mapped = EcsServiceMapper.Map(
            new Service { ServiceArn = Arn, ServiceName = "agent", SchedulingStrategy = "DAEMON", LaunchType = "EC2" }, "prod", null, 5)!;

        Assert.Equal((SchedulingStrategy.Daemon, 0, 0, "EC2"), (mapped.Strategy, mapped.DesiredCount, mapped.RunningCount, mapped.LaunchType));
        Assert.Empty(mapped.CapacityProviderStrategy);
        Assert.Empty(mapped.Tags);
        Assert.Empty(mapped.RecentEvents);
    }

    [Fact]
    public void Map_NoClusterArn_TakesClusterNameFromScopeEntry()
    {
        var mapped = EcsServiceMapper.Map(new Service { ServiceArn = Arn, ServiceName = "web" }, EcsFleetFake.ClusterArn("from-scope"), null, 5)!;

        Assert.Equal("from-scope", mapped.Ref.ClusterName);
    }

    [Fact]
    public void Map_MissingArn_ReturnsNull() =>
        Assert.Null(EcsServiceMapper.Map(new Service { ServiceName = "web" }, "prod", null, 5));

    [Theory]
    [InlineData("PRIMARY:IN_PROGRESS", true)]
    [InlineData("PRIMARY:COMPLETED", false)]
    [InlineData("PRIMARY:FAILED", false)]
    [InlineData("PRIMARY:", false)]
    [InlineData("PRIMARY:COMPLETED,ACTIVE:COMPLETED", false)]
    [InlineData("PRIMARY:FAILED,ACTIVE:COMPLETED", false)]
    [InlineData("PRIMARY:IN_PROGRESS,ACTIVE:COMPLETED", true)]
    [InlineData("PRIMARY:,ACTIVE:", true)]
    [InlineData("PRIMARY:COMPLETED,INACTIVE:COMPLETED", false)]
    [InlineData("ACTIVE:IN_PROGRESS", false)]
    [InlineData("", false)]
    public void DeploymentInProgress_Deployments_DetectsRollout(string deployments, bool expected)
    {
        var list = deployments.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(':'))
            .Select(p => new Deployment { Status = p[0], RolloutState = p[1].Length == 0 ? null : p[1] })
            .ToList();

        Assert.Equal(expected, EcsServiceMapper.DeploymentInProgress(list));
    }

    [Theory]
    [InlineData("prod", "prod")]
    [InlineData("arn:aws:ecs:eu-west-1:123456789012:cluster/prod", "prod")]
    public void ClusterName_NameOrArn_ReturnsName(string input, string expected) =>
        Assert.Equal(expected, EcsServiceMapper.ClusterName(input));

    [Fact]
    public void Map_LoadBalancers_TargetGroupsOnceEachClassicOnesLeftOut()
    {
        var mapped = EcsServiceMapper.Map(
            new Service
            {
                ServiceArn = Arn,
                ServiceName = "web",
                LoadBalancers =
                [
                    new LoadBalancer { TargetGroupArn = "tg/web", ContainerName = "app", ContainerPort = 8080 },
                    new LoadBalancer { TargetGroupArn = "tg/web", ContainerName = "app", ContainerPort = 8081 },
                    new LoadBalancer { LoadBalancerName = "classic" },
                    new LoadBalancer { TargetGroupArn = "tg/admin" },
                ],
            },
            "prod", null, 5)!;

        Assert.Equal(["tg/web", "tg/admin"], mapped.TargetGroupArns!);
    }
}
