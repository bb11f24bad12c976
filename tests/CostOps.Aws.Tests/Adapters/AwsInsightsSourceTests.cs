using CostOps.Aws.Adapters;
using CostOps.Aws.AutoScaling;
using CostOps.Aws.CloudWatch;
using CostOps.Aws.CostExplorer;
using CostOps.Core.Activity;
using CostOps.Core.Insights;
using CostOps.Core.Scheduler.Ports;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class AwsInsightsSourceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 9, 0, 0, 0, TimeSpan.Zero);
    private readonly Mock<ICostExplorerClient> _ce = new(MockBehavior.Strict);
    private readonly Mock<ICloudWatchClient> _cloudWatch = new(MockBehavior.Strict);
    private readonly Mock<IApplicationAutoScalingClient> _autoScaling = new(MockBehavior.Strict);
    private readonly Mock<IServiceInventory> _inventory = new(MockBehavior.Strict);

    [Fact]
    public async Task AnomaliesAsync_TwoPages_CountsPaidRequestsAndAsksForTheWeekInclusiveAboveTheMinimum()
    {
        GetAnomaliesRequest? sent = null;
        _ce.Setup(c => c.GetAnomaliesAllAsync(It.IsAny<GetAnomaliesRequest>(), It.IsAny<CancellationToken>()))
            .Callback((GetAnomaliesRequest r, CancellationToken _) => sent = r)
            .Returns(Pages(
                new GetAnomaliesResponse { Anomalies = [new Anomaly { AnomalyId = "a", DimensionValue = "Amazon Elastic Container Service", AnomalyStartDate = "2026-11-17", AnomalyEndDate = "2026-11-18T00:00:00Z", Impact = new() { MaxImpact = 3, TotalImpact = 12.5, TotalExpectedSpend = 25 }, RootCauses = [new() { Service = "Amazon Elastic Container Service", UsageType = "EUW1-Fargate-GB-Hours", Region = "eu-west-1", LinkedAccount = "123456789012" }] }] },
                new GetAnomaliesResponse { Anomalies = [new Anomaly { AnomalyId = "b", Impact = new() { MaxImpact = 4, TotalImpactPercentage = 80 } }] }));

        var answer = await Source("arn:m").AnomaliesAsync(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23), default);

        Assert.Equal(2, answer.PaidRequests);
        Assert.Equal(("2026-11-16", "2026-11-22", "arn:m"), (sent!.DateInterval.StartDate, sent.DateInterval.EndDate, sent.MonitorArn));
        Assert.Equal(("GREATER_THAN_OR_EQUAL", 10.0), (sent.TotalImpact!.NumericOperator, sent.TotalImpact.StartValue));
        var first = answer.Value.Anomalies[0];
        Assert.Equal((new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 18), 12.5m, 50m), (first.Start, first.End, first.TotalImpact, first.ImpactPercent));
        Assert.Equal("Amazon Elastic Container Service, EUW1-Fargate-GB-Hours, eu-west-1, 123456789012", first.TopRootCause);
        var second = answer.Value.Anomalies[1];
        Assert.Equal(((decimal?)null, 4m, 80m, (string?)null, (DateOnly?)null), (second.TotalImpact, second.MaxImpact, second.ImpactPercent, second.TopRootCause, second.Start));
    }

    [Fact]
    public async Task UtilizationAsync_TwoSizedServicesAndOneUnsized_FourMetricsEachSeriesAndMaxima()
    {
        _inventory.Setup(i => i.ListAsync(It.IsAny<CancellationToken>())).Returns(Services(
            Service("prod", "api", new TaskSize(1m, 2m, TaskSize.X86), 3),
            Service("prod", "ec2-only", null, 1),
            Service("dev", "web", new TaskSize(0.25m, 0.5m, TaskSize.Arm), 0)));
        IReadOnlyList<MetricDataQuery>? queries = null;
        _cloudWatch.Setup(c => c.GetMetricDataBatchedAsync(It.IsAny<IReadOnlyList<MetricDataQuery>>(), Start, Start.AddDays(14), It.IsAny<CancellationToken>()))
            .Callback((IReadOnlyList<MetricDataQuery> q, DateTimeOffset _, DateTimeOffset _, CancellationToken _) => queries = q)
            .ReturnsAsync((IReadOnlyList<MetricDataQuery> q, DateTimeOffset _, DateTimeOffset _, CancellationToken _) =>
                q.Select(x => new MetricDataResult { Id = x.Id, Values = x.Id == "s0_cpumax" ? [7.5, 9] : [] }).ToList());
        _autoScaling.Setup(a => a.DescribeScalableTargetsAllAsync(It.Is<DescribeScalableTargetsRequest>(r => r.ServiceNamespace == "ecs"), It.IsAny<CancellationToken>()))
            .Returns(Pages(new DescribeScalableTargetsResponse { ScalableTargets = [new ScalableTarget { ServiceNamespace = "ecs", ResourceId = "service/prod/api", ScalableDimension = "ecs:service:DesiredCount", MinCapacity = 1, MaxCapacity = 12, RoleARN = "arn:aws:iam::123456789012:role/aas", CreationTime = Start }] }));

        var answer = await Source(null).UtilizationAsync(Start, Start.AddDays(14), default);

        Assert.Equal(8, answer.MetricsRequested);
        Assert.Equal(["s0_cpumax", "s0_cpuavg", "s0_memmax", "s0_memavg", "s1_cpumax", "s1_cpuavg", "s1_memmax", "s1_memavg"], queries!.Select(q => q.Id));
        Assert.Equal([new Dimension("ClusterName", "dev"), new Dimension("ServiceName", "web")], queries![4].MetricStat.Metric.Dimensions);
        Assert.Equal(("AWS/ECS", "CPUUtilization", "Maximum", 3600), (queries[0].MetricStat.Metric.Namespace, queries[0].MetricStat.Metric.MetricName, queries[0].MetricStat.Stat, queries[0].MetricStat.Period));
        var api = answer.Value.Services[0];
        Assert.Equal(("prod/api", new FargateSize(1024, 2048), "eu-west-1", 3), (api.Service, api.Current, api.Region, api.RunningTasks));
        Assert.Equal([7.5, 9], api.CpuMaxPercent);
        Assert.Equal([12, null], answer.Value.Ceilings.Select(c => c.MaxCapacity));
        Assert.Equal(new FargateSize(256, 512), answer.Value.Ceilings[1].Size);
    }

    [Fact]
    public async Task CeilingsAsync_SizedServices_MaximaWithoutAnyMetricRequest()
    {
        _inventory.Setup(i => i.ListAsync(It.IsAny<CancellationToken>())).Returns(Services(Service("prod", "api", new TaskSize(0.5m, 1m, TaskSize.X86), 2)));
        _autoScaling.Setup(a => a.DescribeScalableTargetsAllAsync(It.IsAny<DescribeScalableTargetsRequest>(), It.IsAny<CancellationToken>()))
            .Returns(Pages(new DescribeScalableTargetsResponse { ScalableTargets = [new ScalableTarget { ServiceNamespace = "ecs", ResourceId = "service/prod/api", ScalableDimension = "ecs:service:DesiredCount", MinCapacity = 0, MaxCapacity = 6, RoleARN = "r", CreationTime = Start }] }));

        var ceiling = Assert.Single(await Source(null).CeilingsAsync(default));

        Assert.Equal(new ServiceCeiling("prod/api", 6, new FargateSize(512, 1024), TaskSize.X86, "eu-west-1"), ceiling);
        _cloudWatch.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task UtilizationAsync_ServiceStoppedByCostOps_SavingFromSavedTaskCountAndGuardFromSavedMax()
    {
        // Stopped at report time: desired 0 and scalable target 0/0 live; the saved snapshot holds 3 tasks and max 8.
        _inventory.Setup(i => i.ListAsync(It.IsAny<CancellationToken>())).Returns(Services(Service("prod", "api", new TaskSize(1m, 2m, TaskSize.X86), 0)));
        _cloudWatch.Setup(c => c.GetMetricDataBatchedAsync(It.IsAny<IReadOnlyList<MetricDataQuery>>(), Start, Start.AddDays(14), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<MetricDataQuery> q, DateTimeOffset _, DateTimeOffset _, CancellationToken _) =>
                q.Select(x => new MetricDataResult { Id = x.Id, Values = [.. Enumerable.Repeat(x.Id.StartsWith("s0_cpu", StringComparison.Ordinal) ? 5d : 10d, 14)] }).ToList());
        _autoScaling.Setup(a => a.DescribeScalableTargetsAllAsync(It.IsAny<DescribeScalableTargetsRequest>(), It.IsAny<CancellationToken>()))
            .Returns(Pages(new DescribeScalableTargetsResponse { ScalableTargets = [new ScalableTarget { ServiceNamespace = "ecs", ResourceId = "service/prod/api", ScalableDimension = "ecs:service:DesiredCount", MinCapacity = 0, MaxCapacity = 0, RoleARN = "r", CreationTime = Start }] }));
        var store = new Mock<ISchedulerStateStore>(MockBehavior.Strict);
        store.Setup(s => s.GetAsync("arn:aws:ecs:eu-west-1:123456789012:service/prod/api", It.IsAny<CancellationToken>())).ReturnsAsync(Stopped("prod", "api", 3, 8));

        var answer = await new AwsInsightsSource(_ce.Object, _cloudWatch.Object, _autoScaling.Object, _inventory.Object, null, 10m, store.Object).UtilizationAsync(Start, Start.AddDays(14), default);

        var api = Assert.Single(answer.Value.Services);
        Assert.Equal(3, api.RunningTasks);
        Assert.Equal(8, Assert.Single(answer.Value.Ceilings).MaxCapacity);
        // 1 vCPU/2 GB at $0.048/h down to 0.25 vCPU/0.5 GB at $0.012/h; 14 hours in 14 days = 30.4375 h a month; 3 tasks.
        var recommendation = RightSizingRecommender.Recommend(api, new Core.Costs.FargatePrice(0.04m, 0.004m), new RightSizingOptions()).Recommendation!;
        Assert.Equal(0.036m * 30.4375m * 3, recommendation.MonthlySaving);
        Assert.Equal(3.28725m, recommendation.MonthlySaving);
    }

    [Fact]
    public async Task CeilingsAsync_ServiceStoppedByCostOps_SavedMaxNotTheZeroHeldLive()
    {
        _inventory.Setup(i => i.ListAsync(It.IsAny<CancellationToken>())).Returns(Services(Service("prod", "api", new TaskSize(0.5m, 1m, TaskSize.X86), 0)));
        _autoScaling.Setup(a => a.DescribeScalableTargetsAllAsync(It.IsAny<DescribeScalableTargetsRequest>(), It.IsAny<CancellationToken>()))
            .Returns(Pages(new DescribeScalableTargetsResponse { ScalableTargets = [new ScalableTarget { ServiceNamespace = "ecs", ResourceId = "service/prod/api", ScalableDimension = "ecs:service:DesiredCount", MinCapacity = 0, MaxCapacity = 0, RoleARN = "r", CreationTime = Start }] }));
        var store = new Mock<ISchedulerStateStore>(MockBehavior.Strict);
        store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(Stopped("prod", "api", 2, 40));

        var ceiling = Assert.Single(await new AwsInsightsSource(_ce.Object, _cloudWatch.Object, _autoScaling.Object, _inventory.Object, null, 10m, store.Object).CeilingsAsync(default));

        Assert.Equal(40, ceiling.MaxCapacity);
    }

    [Fact]
    public async Task UtilizationAsync_NoClusterScope_FailsSayingWhichVariableToSet()
    {
        var source = new AwsInsightsSource(_ce.Object, _cloudWatch.Object, _autoScaling.Object, null, null, 10m);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => source.UtilizationAsync(Start, Start.AddDays(14), default));

        Assert.Contains("COSTOPS_CLUSTERS", error.Message, StringComparison.Ordinal);
    }

    private AwsInsightsSource Source(string? monitor) => new(_ce.Object, _cloudWatch.Object, _autoScaling.Object, _inventory.Object, monitor, 10m);

    private static ManagedService Service(string cluster, string name, TaskSize? size, int desired) => new(
        new ServiceRef(cluster, name, $"arn:aws:ecs:eu-west-1:123456789012:service/{cluster}/{name}"),
        desired, desired, SchedulingStrategy.Replica, false, [], "FARGATE", new Dictionary<string, string>(), size, []);

    private static ServiceState Stopped(string cluster, string name, int desired, int max) => new(
        new ServiceRef(cluster, name, $"arn:aws:ecs:eu-west-1:123456789012:service/{cluster}/{name}"), ServiceStatus.Stopped, 2, Start,
        new SavedSnapshot(desired, new ScalingBounds(1, max, false, false, false), [], "FARGATE", "office", Start, null));

#pragma warning disable CS1998 // an async iterator over fixed pages
    private static async IAsyncEnumerable<T> Pages<T>(params T[] pages)
    {
        foreach (var page in pages)
        {
            yield return page;
        }
    }

    private static async IAsyncEnumerable<ManagedService> Services(params ManagedService[] services)
    {
        foreach (var service in services)
        {
            yield return service;
        }
    }
#pragma warning restore CS1998
}
