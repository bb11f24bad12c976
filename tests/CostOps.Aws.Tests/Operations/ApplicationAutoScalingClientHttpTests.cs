using System.Net;
using CostOps.Aws.AutoScaling;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Contracts;
using CostOps.Aws.Tests.Fakes;
using CostOps.Aws.Tests.Http;

namespace CostOps.Aws.Tests.Operations;

public sealed class ApplicationAutoScalingClientHttpTests
{
    private const string Host = "application-autoscaling.eu-west-1.amazonaws.com";
    private const string TargetPrefix = "AnyScaleFrontendService.";

    private readonly TransportFixture _fixture = new();

    private ApplicationAutoScalingClient Client => new(_fixture.Transport);

    [Fact]
    public async Task DescribeScalableTargetsAllAsync_TwoHttpPages_SendsTokenAndParsesTargets()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.OK, """{"ScalableTargets":[],"NextToken":"aas-2"}""")
            .Respond(HttpStatusCode.OK, ContractAssert.Fixture("AutoScaling/DescribeScalableTargets.json"));

        var pages = await Client.DescribeScalableTargetsAllAsync(new() { ServiceNamespace = "ecs", ResourceIds = ["service/default/web-app"], ScalableDimension = "ecs:service:DesiredCount" }, default).ToListAsync();

        var target = Assert.Single(pages.SelectMany(p => p.ScalableTargets!));
        Assert.Equal(("service/default/web-app", 1, 10), (target.ResourceId, target.MinCapacity, target.MaxCapacity));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1557141706199), target.CreationTime);
        Assert.False(target.SuspendedState!.DynamicScalingInSuspended);
        Assert.Equal(2, _fixture.Handler.Requests.Count);
        HttpCallAssert.Json11(
            _fixture.Handler.Requests[0], Host, TargetPrefix + "DescribeScalableTargets", "eu-west-1", "application-autoscaling",
            """{"ServiceNamespace":"ecs","ResourceIds":["service/default/web-app"],"ScalableDimension":"ecs:service:DesiredCount"}""");
        HttpCallAssert.Json11(
            _fixture.Handler.Requests[1], Host, TargetPrefix + "DescribeScalableTargets", "eu-west-1", "application-autoscaling",
            """{"ServiceNamespace":"ecs","ResourceIds":["service/default/web-app"],"ScalableDimension":"ecs:service:DesiredCount","NextToken":"aas-2"}""");
    }

    [Fact]
    public async Task RegisterScalableTargetAsync_ZeroToZero_SendsCapacitiesAndSuspension()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("AutoScaling/RegisterScalableTarget.json"));

        var response = await Client.RegisterScalableTargetAsync(
            new()
            {
                ServiceNamespace = "ecs",
                ResourceId = "service/prod/web",
                ScalableDimension = "ecs:service:DesiredCount",
                MinCapacity = 0,
                MaxCapacity = 0,
                SuspendedState = new() { DynamicScalingInSuspended = true, DynamicScalingOutSuspended = true, ScheduledScalingSuspended = true },
            },
            default);

        Assert.NotNull(response);
        HttpCallAssert.Json11(
            Assert.Single(_fixture.Handler.Requests), Host, TargetPrefix + "RegisterScalableTarget", "eu-west-1", "application-autoscaling",
            """{"ServiceNamespace":"ecs","ResourceId":"service/prod/web","ScalableDimension":"ecs:service:DesiredCount","MinCapacity":0,"MaxCapacity":0,"SuspendedState":{"DynamicScalingInSuspended":true,"DynamicScalingOutSuspended":true,"ScheduledScalingSuspended":true}}""");
    }

    [Fact]
    public async Task RegisterScalableTargetAsync_ValidationError_ThrowsAwsServiceExceptionWithCode()
    {
        _fixture.Handler.Respond(HttpStatusCode.BadRequest, """{"__type":"ValidationException","Message":"Unsupported service namespace"}""", ("x-amzn-RequestId", "aas-err"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client.RegisterScalableTargetAsync(new() { ServiceNamespace = "ecs", ResourceId = "service/prod/web", ScalableDimension = "ecs:service:DesiredCount" }, default));

        Assert.Equal(("Application Auto Scaling", "RegisterScalableTarget", "ValidationException", "Unsupported service namespace", "aas-err"), (error.ServiceId, error.Operation, error.ErrorCode, error.ErrorMessage, error.RequestId));
        Assert.Single(_fixture.Handler.Requests);
    }
}
