namespace CostOps.Simulator.Tests;

public sealed class EcsThrottleBucketsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryTake_ServiceModifyBurstUsedUp_RefusesUntilFiveASecondRefill()
    {
        var buckets = new EcsThrottleBuckets();

        var taken = Enumerable.Range(0, 60).Count(_ => buckets.TryTake("UpdateService", Now));

        Assert.Equal(50, taken);
        Assert.False(buckets.TryTake("UpdateService", Now.AddMilliseconds(100)));
        Assert.Equal(5, Enumerable.Range(0, 10).Count(_ => buckets.TryTake("UpdateService", Now.AddSeconds(1))));
    }

    [Fact]
    public void TryTake_SameCategoryShared_OtherCategoriesUntouched()
    {
        var buckets = new EcsThrottleBuckets();

        var reads = Enumerable.Range(0, 100).Count(i => buckets.TryTake(i % 2 == 0 ? "DescribeServices" : "ListServices", Now));

        Assert.Equal(100, reads);
        Assert.False(buckets.TryTake("ListServices", Now));
        Assert.True(buckets.TryTake("ListClusters", Now));
        Assert.True(buckets.TryTake("TagResource", Now));
        Assert.Equal(19, buckets.Available("TagResource", Now));
    }

    [Theory]
    [InlineData("UpdateService", "service modify", 50, 5)]
    [InlineData("DescribeClusters", "cluster read", 50, 20)]
    [InlineData("PutClusterCapacityProviders", "cluster modify", 20, 1)]
    [InlineData("UntagResource", "tag modify", 20, 10)]
    public void For_PublishedCategory_HasThePublishedBurstAndRate(string operation, string category, int burst, double rate) =>
        Assert.Equal((category, burst, rate), EcsThrottleBuckets.For(operation));
}
