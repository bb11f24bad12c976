using System.Text;
using CostOps.Aws.EventBridgeScheduler;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Clients;

public sealed class EventBridgeSchedulerClientTests
{
    private readonly RecordingAwsTransport _transport = new() { RestResponse = new(200, new Dictionary<string, string>(), """{"ScheduleArn":"arn:aws:scheduler:eu-west-1:123456789012:schedule/g/n"}"""u8.ToArray()) };

    private EventBridgeSchedulerClient Client => new(_transport);

    [Fact]
    public async Task CreateScheduleAsync_Definition_PostsBodyWithoutNameAndNullsLeftOut()
    {
        var response = await Client.CreateScheduleAsync(Definition(), default);

        Assert.Equal("arn:aws:scheduler:eu-west-1:123456789012:schedule/g/n", response.ScheduleArn);
        var call = Assert.Single(_transport.RestCalls);
        Assert.Equal((HttpMethod.Post, "/schedules/costops-next-boundary"), (call.Method, call.PathAndQuery));
        Assert.Equal(
            """{"GroupName":"costops","ScheduleExpression":"at(2026-03-02T18:00:00)","ScheduleExpressionTimezone":"UTC","FlexibleTimeWindow":{"Mode":"OFF"},"Target":{"Arn":"arn:aws:lambda:eu-west-1:123456789012:function:f","RoleArn":"arn:aws:iam::123456789012:role/r","Input":"{}"}}""",
            Encoding.UTF8.GetString(call.Body));
    }

    [Fact]
    public async Task UpdateScheduleAsync_Definition_PutsToTheSamePath()
    {
        await Client.UpdateScheduleAsync(Definition(), default);

        var call = Assert.Single(_transport.RestCalls);
        Assert.Equal((HttpMethod.Put, "/schedules/costops-next-boundary"), (call.Method, call.PathAndQuery));
    }

    [Fact]
    public async Task GetScheduleAsync_NoGroup_SendsNoQuery()
    {
        _transport.RestResponse = new(200, new Dictionary<string, string>(), """{"Name":"n","ScheduleExpression":"at(2026-03-02T18:00:00)","Target":{"Arn":"a","RoleArn":"r"}}"""u8.ToArray());

        var response = await Client.GetScheduleAsync(new() { Name = "n" }, default);

        Assert.Equal(("/schedules/n", "at(2026-03-02T18:00:00)", "a"), (Assert.Single(_transport.RestCalls).PathAndQuery, response.ScheduleExpression, response.Target!.Arn));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/name")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Writes_InvalidName_ThrowNamingItWithoutCalling(string name)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.UpdateScheduleAsync(Definition() with { Name = name }, default));

        Assert.Contains($"Name '{name}'", error.Message, StringComparison.Ordinal);
        Assert.Empty(_transport.RestCalls);
    }

    [Fact]
    public async Task GetScheduleAsync_InvalidGroup_ThrowsWithoutCalling()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client.GetScheduleAsync(new() { Name = "n", GroupName = "a b" }, default));

        Assert.Empty(_transport.RestCalls);
    }

    [Fact]
    public async Task GetScheduleAsync_BodyNotJson_ThrowsInvalidData()
    {
        _transport.RestResponse = new(200, new Dictionary<string, string>(), "<html>"u8.ToArray());

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Client.GetScheduleAsync(new() { Name = "n" }, default));

        Assert.Contains("GetSchedule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scheduler_EndpointOverrideVariable_IsAwsEndpointUrlScheduler()
    {
        Assert.Equal("AWS_ENDPOINT_URL_SCHEDULER", AwsEndpointResolver.ServiceEndpointVariable(AwsServices.Scheduler));
    }

    private static ScheduleDefinition Definition() => new()
    {
        Name = "costops-next-boundary",
        GroupName = "costops",
        ScheduleExpression = "at(2026-03-02T18:00:00)",
        ScheduleExpressionTimezone = "UTC",
        FlexibleTimeWindow = FlexibleTimeWindow.None,
        Target = new() { Arn = "arn:aws:lambda:eu-west-1:123456789012:function:f", RoleArn = "arn:aws:iam::123456789012:role/r", Input = "{}" },
    };
}
