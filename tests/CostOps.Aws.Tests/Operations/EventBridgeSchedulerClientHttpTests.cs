using System.Net;
using CostOps.Aws.EventBridgeScheduler;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Contracts;
using CostOps.Aws.Tests.Http;

namespace CostOps.Aws.Tests.Operations;

public sealed class EventBridgeSchedulerClientHttpTests
{
    private const string ArnBody = """{"ScheduleArn":"arn:aws:scheduler:eu-west-1:123456789012:schedule/costops/costops-next-boundary"}""";

    private readonly TransportFixture _fixture = new();

    private EventBridgeSchedulerClient Client => new(_fixture.Transport);

    [Fact]
    public async Task CreateScheduleAsync_PostsJsonToTheRegionalEndpointSignedForScheduler()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ArnBody, ("x-amzn-RequestId", "s-1"));

        var response = await Client.CreateScheduleAsync(Definition(), default);

        Assert.EndsWith("schedule/costops/costops-next-boundary", response.ScheduleArn, StringComparison.Ordinal);
        var request = Assert.Single(_fixture.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://scheduler.eu-west-1.amazonaws.com/schedules/costops-next-boundary", request.Uri.AbsoluteUri);
        Assert.StartsWith("application/json", request.Headers["content-type"], StringComparison.Ordinal);
        Assert.False(request.Headers.ContainsKey("x-amz-target"));
        HttpCallAssert.Signed(request, "eu-west-1", "scheduler");
        Assert.Contains("\"ScheduleExpression\":\"at(2026-03-02T18:00:00)\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateScheduleAsync_PutsToTheSchedulePath()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ArnBody);

        await Client.UpdateScheduleAsync(Definition(), default);

        var request = Assert.Single(_fixture.Handler.Requests);
        Assert.Equal((HttpMethod.Put, "/schedules/costops-next-boundary"), (request.Method, request.Uri.AbsolutePath));
    }

    [Fact]
    public async Task GetScheduleAsync_GetsWithGroupQueryAndParsesTheAnswer()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Scheduler/GetSchedule.json"));

        var schedule = await Client.GetScheduleAsync(new() { Name = "costops-next-boundary", GroupName = "costops" }, default);

        var request = Assert.Single(_fixture.Handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("https://scheduler.eu-west-1.amazonaws.com/schedules/costops-next-boundary?groupName=costops", request.Uri.AbsoluteUri);
        HttpCallAssert.Signed(request, "eu-west-1", "scheduler");
        Assert.Equal(("at(2026-03-02T18:00:00)", "costops"), (schedule.ScheduleExpression, schedule.GroupName));
    }

    [Fact]
    public async Task GetScheduleAsync_EndpointOverride_UsesAwsEndpointUrlScheduler()
    {
        var fixture = new TransportFixture(new Dictionary<string, string> { ["AWS_REGION"] = "eu-west-1", ["AWS_ENDPOINT_URL_SCHEDULER"] = "http://127.0.0.1:4566" });
        fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Scheduler/GetSchedule.json"));

        await new EventBridgeSchedulerClient(fixture.Transport).GetScheduleAsync(new() { Name = "costops-next-boundary" }, default);

        Assert.Equal("http://127.0.0.1:4566/schedules/costops-next-boundary", Assert.Single(fixture.Handler.Requests).Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData(HttpStatusCode.Conflict, "ConflictException", "Schedule costops-next-boundary already exists.")]
    [InlineData(HttpStatusCode.NotFound, "ResourceNotFoundException", "Schedule group costops does not exist.")]
    [InlineData(HttpStatusCode.BadRequest, "ValidationException", "Invalid Schedule Expression at(2026-02-30T18:00:00).")]
    public async Task CreateScheduleAsync_ClientError_ThrowsWithCodeAndIsNotRetried(HttpStatusCode status, string code, string message)
    {
        _fixture.Handler.Respond(status, $$"""{"Message":"{{message}}"}""", ("x-amzn-ErrorType", code + ":http://internal.amazon.com/coral/com.amazonaws.chronos.v20210630/"), ("x-amzn-RequestId", "s-err"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client.CreateScheduleAsync(Definition(), default));

        Assert.Equal(("Scheduler", code, message, "s-err", status), (error.ServiceId, error.ErrorCode, error.ErrorMessage, error.RequestId, error.StatusCode));
        Assert.Single(_fixture.Handler.Requests);
        Assert.Empty(_fixture.Delay.Waits);
    }

    [Fact]
    public async Task UpdateScheduleAsync_ServerError_IsRetried()
    {
        _fixture.Handler.Respond(HttpStatusCode.InternalServerError, """{"Message":"try again"}""", ("x-amzn-ErrorType", "InternalServerException"))
            .Respond(HttpStatusCode.OK, ArnBody);

        await Client.UpdateScheduleAsync(Definition(), default);

        Assert.Equal(2, _fixture.Handler.Requests.Count);
    }

    private static ScheduleDefinition Definition() => new()
    {
        Name = "costops-next-boundary",
        GroupName = "costops",
        ScheduleExpression = "at(2026-03-02T18:00:00)",
        ScheduleExpressionTimezone = "UTC",
        FlexibleTimeWindow = FlexibleTimeWindow.None,
        Target = new() { Arn = "arn:aws:lambda:eu-west-1:123456789012:function:costops-scheduler", RoleArn = "arn:aws:iam::123456789012:role/costops-boundary-wakeup" },
    };
}
