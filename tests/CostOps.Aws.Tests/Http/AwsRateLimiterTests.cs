using System.Net;
using CostOps.Aws.Http;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Aws.Tests.Http;

public class AwsRateLimiterTests
{
    private readonly FakeTimeProvider _clock = TestClock.At("2026-03-02T07:30:00Z");

    [Fact]
    public void BucketFor_OperationsOfOneCategory_ShareOneBucket()
    {
        var limiter = new AwsRateLimiter(new EcsRateLimits(), _clock, new RecordingDelay(_clock));

        Assert.Same(limiter.BucketFor(AwsServices.Ecs, "UpdateService"), limiter.BucketFor(AwsServices.Ecs, "CreateService"));
        Assert.Same(limiter.BucketFor(AwsServices.Ecs, "TagResource"), limiter.BucketFor(AwsServices.Ecs, "UntagResource"));
        Assert.NotSame(limiter.BucketFor(AwsServices.Ecs, "UpdateService"), limiter.BucketFor(AwsServices.Ecs, "DescribeServices"));
        Assert.Null(limiter.BucketFor(AwsServices.Sns, "Publish"));
    }

    [Theory]
    [InlineData("CreateService", "ServiceModify")]
    [InlineData("DeleteService", "ServiceModify")]
    [InlineData("ListServices", "ServiceRead")]
    [InlineData("ListClusters", "ClusterRead")]
    [InlineData("UntagResource", "TagModify")]
    [InlineData("PutClusterCapacityProviders", "ClusterModify")]
    [InlineData("ListTagsForResource", "OtherRead")]
    [InlineData("DescribeTaskDefinition", "OtherRead")]
    [InlineData("RegisterTaskDefinition", "OtherModify")]
    public void For_EcsAction_MapsToPublishedCategory(string operation, string category)
    {
        Assert.Equal(category, new EcsRateLimits().For(operation).Category);
    }

    [Fact]
    public async Task InvokeJsonAsync_UpdateServiceBeyondBurst_WaitsUntilTokensReplenish()
    {
        var limits = new EcsRateLimits { ServiceModify = new TokenBucketLimit(2, 5) };
        var fixture = new TransportFixture(options: new AwsTransportOptions { EcsRateLimits = limits });
        for (var i = 0; i < 3; i++)
        {
            fixture.Handler.Respond(HttpStatusCode.OK, "{}");
        }

        for (var i = 0; i < 3; i++)
        {
            await fixture.Transport.InvokeJsonAsync(AwsServices.Ecs, "UpdateService", new ListThingsRequest("c", null), TestJsonContext.Default.ListThingsRequest, TestJsonContext.Default.ListThingsResponse, CancellationToken.None);
        }

        Assert.Equal([TimeSpan.FromSeconds(0.2)], fixture.Delay.Waits);
        Assert.Equal(3, fixture.Handler.Requests.Count);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 7, 30, 0, 200, TimeSpan.Zero), fixture.Clock.GetUtcNow());
    }

    [Fact]
    public async Task InvokeJsonAsync_ReadsDoNotConsumeModifyBudget()
    {
        var limits = new EcsRateLimits { ServiceModify = new TokenBucketLimit(1, 1) };
        var fixture = new TransportFixture(options: new AwsTransportOptions { EcsRateLimits = limits });
        for (var i = 0; i < 5; i++)
        {
            fixture.Handler.Respond(HttpStatusCode.OK, "{}");
            await fixture.ListServicesAsync();
        }

        Assert.Empty(fixture.Delay.Waits);
    }
}
