using System.Text;
using System.Text.Json;
using CostOps.Aws.Adapters;
using CostOps.Aws.EventBridgeScheduler;
using CostOps.Aws.Http;
using CostOps.Aws.Json;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Contracts;

public sealed class SchedulerContractTests
{
    private const string FunctionArn = "arn:aws:lambda:eu-west-1:123456789012:function:costops-scheduler";
    private const string RoleArn = "arn:aws:iam::123456789012:role/costops-boundary-wakeup";

    private readonly ServiceModel _model = BotocoreModels.Load("Scheduler");
    private readonly RecordingAwsTransport _transport = new() { RestResponse = new(200, new Dictionary<string, string>(), """{"ScheduleArn":"arn:aws:scheduler:eu-west-1:123456789012:schedule/costops/costops-next-boundary"}"""u8.ToArray()) };

    public static TheoryData<string> Writes => new() { "CreateSchedule", "UpdateSchedule" };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_WakeUpDefinition_MatchesHttpBindingAndInputShape(string operation)
    {
        var definition = new EventBridgeBoundaryWakeUp(new EventBridgeSchedulerClient(_transport), new BoundaryWakeUpOptions("costops", RoleArn, FunctionArn))
            .Definition(new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.Zero));
        var client = new EventBridgeSchedulerClient(_transport);

        await (operation == "CreateSchedule" ? client.CreateScheduleAsync(definition, default) : client.UpdateScheduleAsync(definition, default));

        var call = Assert.Single(_transport.RestCalls);
        AssertBinding(operation, call.Service, call.Method, call.PathAndQuery, "costops-next-boundary");
        Assert.Equal([new("content-type", "application/json")], call.Headers);
        using var body = JsonDocument.Parse(call.Body);
        ContractAssert.NoErrors(new ShapeValidator(_model).Validate(_model.InputShapeName(operation), body.RootElement), $"{operation} body {Encoding.UTF8.GetString(call.Body)}");
        Assert.False(body.RootElement.TryGetProperty("Name", out _), "Name travels in the URI only");
        var members = _model.Shape(_model.InputShapeName(operation)).GetProperty("members");
        Assert.Equal("uri", members.GetProperty("Name").GetProperty("location").GetString());
        Assert.Contains("OFF", _model.Shape("FlexibleTimeWindowMode").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task GetSchedule_Request_MatchesHttpBindingWithGroupNameInTheQuery()
    {
        _transport.RestResponse = new(200, new Dictionary<string, string>(), Encoding.UTF8.GetBytes(ContractAssert.Fixture("Scheduler/GetSchedule.json")));

        await new EventBridgeSchedulerClient(_transport).GetScheduleAsync(new() { Name = "costops-next-boundary", GroupName = "costops" }, default);

        var call = Assert.Single(_transport.RestCalls);
        var path = call.PathAndQuery.Split('?')[0];
        AssertBinding("GetSchedule", call.Service, call.Method, path, "costops-next-boundary");
        var group = _model.Shape(_model.InputShapeName("GetSchedule")).GetProperty("members").GetProperty("GroupName");
        Assert.Equal("querystring", group.GetProperty("location").GetString());
        Assert.Equal($"{path}?{group.GetProperty("locationName").GetString()}=costops", call.PathAndQuery);
        Assert.Empty(call.Body);
    }

    [Fact]
    public void GetSchedule_ResponseFixture_MatchesOutputShapeAndParses()
    {
        var json = ContractAssert.Fixture("Scheduler/GetSchedule.json");

        ContractAssert.OutputMatchesModel(_model, "GetSchedule", json);
        var parsed = JsonSerializer.Deserialize(json, AwsJsonContext.Default.GetScheduleResponse)!;
        Assert.Equal(("at(2026-03-02T18:00:00)", "UTC", "OFF"), (parsed.ScheduleExpression, parsed.ScheduleExpressionTimezone, parsed.FlexibleTimeWindow!.Mode));
        Assert.Equal(new ScheduleRetryPolicy { MaximumRetryAttempts = 2, MaximumEventAgeInSeconds = 300 }, parsed.Target!.RetryPolicy);
        Assert.Equal(EventBridgeBoundaryWakeUp.Input, parsed.Target.Input);
    }

    [Fact]
    public void WriteResponse_MatchesOutputShapes()
    {
        const string Json = """{"ScheduleArn":"arn:aws:scheduler:eu-west-1:123456789012:schedule/costops/costops-next-boundary"}""";

        ContractAssert.OutputMatchesModel(_model, "CreateSchedule", Json);
        ContractAssert.OutputMatchesModel(_model, "UpdateSchedule", Json);
    }

    [Theory]
    [InlineData("GetSchedule", "ResourceNotFoundException")]
    [InlineData("CreateSchedule", "ConflictException")]
    [InlineData("UpdateSchedule", "ResourceNotFoundException")]
    [InlineData("UpdateSchedule", "ValidationException")]
    public void ErrorsTheWakeUpHandles_AreErrorsOfTheOperation(string operation, string error)
    {
        Assert.Contains(error, _model.Operation(operation).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("shape").GetString()));
    }

    private void AssertBinding(string operation, AwsService service, HttpMethod method, string path, string name)
    {
        var http = _model.Operation(operation).GetProperty("http");
        Assert.Same(AwsServices.Scheduler, service);
        Assert.Equal(http.GetProperty("method").GetString(), method.Method);
        Assert.Equal("/schedules/{Name}", http.GetProperty("requestUri").GetString());
        Assert.Equal(http.GetProperty("requestUri").GetString()!.Replace("{Name}", name, StringComparison.Ordinal), path);
    }
}
