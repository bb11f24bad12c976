using System.Text.Json;
using CostOps.Aws.AutoScaling;
using CostOps.Aws.Http;
using CostOps.Aws.Json;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Contracts;

public sealed class ApplicationAutoScalingContractTests
{
    private readonly ServiceModel _model = BotocoreModels.Load("ApplicationAutoScaling");

    [Fact]
    public async Task DescribeScalableTargets_Request_ValidatesAgainstInputShape()
    {
        var transport = new RecordingAwsTransport();

        await new ApplicationAutoScalingClient(transport).DescribeScalableTargetsAsync(
            new()
            {
                ServiceNamespace = ScalableTargetValues.EcsNamespace,
                ResourceIds = [ScalableTargetValues.EcsServiceResourceId("prod", "web")],
                ScalableDimension = ScalableTargetValues.EcsServiceDesiredCount,
                MaxResults = 50,
                NextToken = "t",
            },
            default);

        ContractAssert.JsonRequestMatchesModel(_model, AwsServices.ApplicationAutoScaling, "DescribeScalableTargets", Assert.Single(transport.JsonCalls));
    }

    [Fact]
    public async Task RegisterScalableTarget_Request_ValidatesAgainstInputShape()
    {
        var transport = new RecordingAwsTransport();

        await new ApplicationAutoScalingClient(transport).RegisterScalableTargetAsync(
            new()
            {
                ServiceNamespace = ScalableTargetValues.EcsNamespace,
                ResourceId = "service/prod/web",
                ScalableDimension = ScalableTargetValues.EcsServiceDesiredCount,
                MinCapacity = 0,
                MaxCapacity = 0,
                SuspendedState = new() { DynamicScalingInSuspended = true, DynamicScalingOutSuspended = true, ScheduledScalingSuspended = true },
            },
            default);

        ContractAssert.JsonRequestMatchesModel(_model, AwsServices.ApplicationAutoScaling, "RegisterScalableTarget", Assert.Single(transport.JsonCalls));
    }

    [Theory]
    [InlineData("DescribeScalableTargets")]
    [InlineData("RegisterScalableTarget")]
    public void ResponseFixture_ValidatesAgainstOutputShape(string operation) =>
        ContractAssert.OutputMatchesModel(_model, operation, ContractAssert.Fixture($"AutoScaling/{operation}.json"));

    [Fact]
    public void DescribeScalableTargetsFixture_Deserializes_CapacitiesAndCreationTime()
    {
        var response = JsonSerializer.Deserialize(ContractAssert.Fixture("AutoScaling/DescribeScalableTargets.json"), AwsJsonContext.Default.DescribeScalableTargetsResponse)!;

        var target = Assert.Single(response.ScalableTargets!);
        Assert.Equal(("service/default/web-app", 1, 10), (target.ResourceId, target.MinCapacity, target.MaxCapacity));
        Assert.Equal("ecs:service:DesiredCount", target.ScalableDimension);
        Assert.Equal(new DateTimeOffset(2019, 5, 6, 11, 21, 46, 199, TimeSpan.Zero), target.CreationTime);
        Assert.False(target.SuspendedState!.DynamicScalingInSuspended);
        Assert.Null(response.NextToken);
    }

    [Fact]
    public void ScalableTarget_MissingRequiredMinCapacity_FailsToDeserialize()
    {
        const string json = """{"ScalableTargets":[{"ServiceNamespace":"ecs","ResourceId":"service/a/b","ScalableDimension":"ecs:service:DesiredCount","MaxCapacity":4,"RoleARN":"r","CreationTime":1}]}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, AwsJsonContext.Default.DescribeScalableTargetsResponse));
    }
}
