using CostOps.Aws.CloudWatch;
using CostOps.Aws.CostExplorer;

namespace CostOps.Simulator.Tests;

public sealed class CloudWatchTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetMetricData_ServiceStoppedOvernight_PointsOnlyForTheHoursTasksRan()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("prod").AddService("prod", "api", 2);

        bed.Account.Advance(TimeSpan.FromHours(10));
        await bed.SetDesiredAsync("prod", "api", 0);
        bed.Account.Advance(TimeSpan.FromHours(20));
        await bed.SetDesiredAsync("prod", "api", 2);
        bed.Account.Advance(TimeSpan.FromHours(2));
        var results = await Query(bed, "prod", "api", Day, Day.AddDays(3));

        // 00:00-10:00 on the 2nd, stopped, started again at 06:00 on the 3rd (running from 06:01).
        var hours = Enumerable.Range(0, 10).Select(h => Day.AddHours(h)).Concat([Day.AddHours(30), Day.AddHours(31)]).ToList();
        Assert.All(results, r => Assert.Equal(hours, r.Timestamps));
        Assert.All(results, r => Assert.Equal(hours.Count, r.Values.Count));
    }

    [Fact]
    public async Task GetMetricData_ConfiguredUtilization_HourlyValuesWithinTheConfiguredAverageAndMaximum()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("prod").AddService("prod", "web", 1).Utilization = new SimUtilization(8, 20, 25, 30);

        bed.Account.Advance(TimeSpan.FromDays(2));
        var results = await Query(bed, "prod", "web", Day, Day.AddDays(2));

        var (cpuMax, cpuAvg, memMax, memAvg) = (results[0].Values, results[1].Values, results[2].Values, results[3].Values);
        Assert.Equal(48, cpuMax.Count);
        Assert.All(cpuAvg, v => Assert.InRange(v, 7.2, 8.8));
        Assert.All(cpuMax, v => Assert.InRange(v, 16, 20));
        Assert.All(memAvg, v => Assert.InRange(v, 22.5, 27.5));
        Assert.All(memMax, v => Assert.InRange(v, 24, 30));
        Assert.InRange(cpuAvg.Average(), 7.6, 8.4);
        Assert.All(cpuMax.Zip(cpuAvg), p => Assert.True(p.First >= p.Second));
        Assert.True(cpuMax.Distinct().Count() > 1, "hourly maxima vary");
    }

    [Fact]
    public async Task GetMetricData_SameSeedTwice_SameValuesAndAnotherSeedOthers()
    {
        async Task<IReadOnlyList<double>> Run(int seed)
        {
            var bed = new Testbed(new SimulatorOptions { Seed = seed });
            bed.Account.AddCluster("prod").AddService("prod", "web", 1);
            bed.Account.Advance(TimeSpan.FromHours(6));
            return (await Query(bed, "prod", "web", Day, Day.AddDays(1)))[0].Values;
        }

        var first = await Run(3);

        Assert.Equal(first, await Run(3));
        Assert.NotEqual(first, await Run(4));
    }

    [Fact]
    public async Task GetMetricData_UnknownServiceOrOtherNamespace_EmptyCompleteResult()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("prod").AddService("prod", "web", 1);
        bed.Account.Advance(TimeSpan.FromHours(3));

        var unknown = await Query(bed, "prod", "gone", Day, Day.AddDays(1));

        Assert.All(unknown, r => Assert.Equal(("Complete", 0), (r.StatusCode, r.Values.Count)));
    }

    [Fact]
    public async Task GetAnomalies_NoneConfiguredThenTwo_OnlyThoseInTheWeekAtOrAboveTheImpact()
    {
        var bed = new Testbed();
        var request = new GetAnomaliesRequest
        {
            DateInterval = new() { StartDate = "2026-03-02", EndDate = "2026-03-08" },
            TotalImpact = new() { NumericOperator = "GREATER_THAN_OR_EQUAL", StartValue = 10 },
        };

        var none = await bed.CostExplorer.GetAnomaliesAsync(request, CancellationToken.None);
        bed.Account.Anomalies.AddRange([Anomaly("in", "2026-03-04", 25), Anomaly("small", "2026-03-05", 4), Anomaly("before", "2026-02-27", 90)]);
        var found = await bed.CostExplorer.GetAnomaliesAsync(request, CancellationToken.None);

        Assert.Empty(none.Anomalies ?? []);
        Assert.Equal(["in"], found.Anomalies!.Select(a => a.AnomalyId));
        Assert.Equal(25, found.Anomalies![0].Impact!.TotalImpact);
    }

    private static Anomaly Anomaly(string id, string start, double total) => new()
    {
        AnomalyId = id,
        AnomalyStartDate = start,
        DimensionValue = "Amazon Elastic Container Service",
        Impact = new() { MaxImpact = total, TotalImpact = total },
    };

    private static async Task<IReadOnlyList<MetricDataResult>> Query(Testbed bed, string cluster, string service, DateTimeOffset start, DateTimeOffset end)
    {
        MetricDataQuery Metric(string id, string name, string stat) => new()
        {
            Id = id,
            MetricStat = new() { Metric = new() { Namespace = "AWS/ECS", MetricName = name, Dimensions = [new("ClusterName", cluster), new("ServiceName", service)] }, Period = 3600, Stat = stat },
        };

        return await bed.CloudWatch.GetMetricDataBatchedAsync(
            [Metric("cpumax", "CPUUtilization", "Maximum"), Metric("cpuavg", "CPUUtilization", "Average"), Metric("memmax", "MemoryUtilization", "Maximum"), Metric("memavg", "MemoryUtilization", "Average")],
            start, end, CancellationToken.None);
    }
}
