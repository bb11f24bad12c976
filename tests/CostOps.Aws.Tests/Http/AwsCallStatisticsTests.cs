using CostOps.Aws.Http;

namespace CostOps.Aws.Tests.Http;

public class AwsCallStatisticsTests
{
    [Fact]
    public void Snapshot_RecordsPerOperation_OrderedAndTotalled()
    {
        var statistics = new AwsCallStatistics();
        statistics.RecordCall("SNS", "Publish");
        statistics.RecordCall("ECS", "UpdateService");
        statistics.RecordCall("ECS", "UpdateService");
        statistics.RecordThrottle("ECS", "UpdateService");
        statistics.RecordRetry("ECS", "UpdateService");

        Assert.Equal(
            [new AwsCallCount("ECS", "UpdateService", 2, 1, 1), new AwsCallCount("SNS", "Publish", 1, 0, 0)],
            statistics.Snapshot());
        Assert.Equal(3, statistics.TotalCalls);
        Assert.Equal(1, statistics.TotalRetries);
        Assert.Equal(1, statistics.TotalThrottles);
    }

    [Fact]
    public async Task RecordCall_FromManyThreads_LosesNoCount()
    {
        var statistics = new AwsCallStatistics();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                statistics.RecordCall("ECS", "DescribeServices");
            }
        })));

        Assert.Equal(8000, statistics.TotalCalls);
    }
}
