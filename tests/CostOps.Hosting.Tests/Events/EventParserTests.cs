using System.Text;
using CostOps.Hosting.Events;

namespace CostOps.Hosting.Tests.Events;

public sealed class EventParserTests
{
    private static InvocationEvent ParseFixture(string name) =>
        EventParser.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)));

    private static InvalidEventException Reject(string json) =>
        Assert.Throws<InvalidEventException>(() => EventParser.Parse(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Parse_ScheduledEventFixture_ReturnsScheduledEvent()
    {
        var parsed = Assert.IsType<ScheduledEvent>(ParseFixture("scheduled-event.json"));

        Assert.Equal("53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa", parsed.Id);
        Assert.Equal(new DateTimeOffset(2015, 10, 8, 16, 53, 6, TimeSpan.Zero), parsed.Time);
        Assert.Equal("123456789012", parsed.Account);
        Assert.Equal("us-east-1", parsed.Region);
        Assert.Equal(["arn:aws:events:us-east-1:123456789012:rule/my-scheduled-rule"], parsed.Resources);
        Assert.Equal(EventKind.ScheduledEvent, parsed.Kind);
    }

    [Fact]
    public void Parse_PlacementFailureFixture_ReturnsServiceActionWithServiceArnAndReason()
    {
        var parsed = Assert.IsType<EcsServiceActionEvent>(ParseFixture("ecs-service-action-placement-failure.json"));

        Assert.Equal("arn:aws:ecs:us-west-2:111122223333:service/default/servicetest", parsed.ServiceArn);
        Assert.Equal("ERROR", parsed.EventType);
        Assert.Equal(EcsServiceActionEvent.PlacementFailure, parsed.EventName);
        Assert.Equal("arn:aws:ecs:us-west-2:111122223333:cluster/default", parsed.ClusterArn);
        Assert.Equal(["arn:aws:ecs:us-west-2:111122223333:capacity-provider/FARGATE_SPOT"], parsed.CapacityProviderArns);
        Assert.Equal("RESOURCE:FARGATE", parsed.Reason);
        Assert.Equal(new DateTimeOffset(2019, 11, 6, 19, 9, 33, 87, TimeSpan.Zero), parsed.CreatedAt);
        Assert.True(parsed.IsFargateCapacityShortage);
    }

    [Fact]
    public void Parse_SteadyStateFixture_ReturnsServiceActionWithoutReason()
    {
        var parsed = Assert.IsType<EcsServiceActionEvent>(ParseFixture("ecs-service-action-steady-state.json"));

        Assert.Equal(EcsServiceActionEvent.SteadyState, parsed.EventName);
        Assert.Equal("INFO", parsed.EventType);
        Assert.Null(parsed.Reason);
        Assert.Empty(parsed.CapacityProviderArns);
        Assert.False(parsed.IsFargateCapacityShortage);
        Assert.Equal(new DateTimeOffset(2019, 11, 19, 19, 27, 22, TimeSpan.Zero), parsed.Time);
    }

    [Fact]
    public void Parse_SpotInterruptionSnippetFixture_ReturnsTaskStateChangeMarkedAsInterruption()
    {
        var parsed = Assert.IsType<EcsTaskStateChangeEvent>(ParseFixture("ecs-task-state-change-spot-interruption.json"));

        Assert.True(parsed.IsSpotInterruption);
        Assert.Equal("RUNNING", parsed.LastStatus);
        Assert.Equal("STOPPED", parsed.DesiredStatus);
        Assert.Equal("Your Spot Task was interrupted.", parsed.StoppedReason);
        Assert.Equal("arn:aws:ecs:us-east-1:111122223333:task/b99d40b3-5176-4f71-9a52-9dbd6fEXAMPLE", parsed.TaskArn);
        Assert.Null(parsed.Time);
        Assert.Null(parsed.Version);
        Assert.Null(parsed.ServiceName);
    }

    [Fact]
    public void Parse_RunningTaskFixture_ReadsVersionAndIgnoresUnknownFields()
    {
        var parsed = Assert.IsType<EcsTaskStateChangeEvent>(ParseFixture("ecs-task-state-change-running.json"));

        Assert.Equal(4, parsed.Version);
        Assert.Equal("family:sample-fargate", parsed.Group);
        Assert.Null(parsed.ServiceName);
        Assert.False(parsed.IsSpotInterruption);
        Assert.Null(parsed.StopCode);
        Assert.Equal("arn:aws:ecs:us-west-2:111122223333:cluster/FargateCluster", parsed.ClusterArn);
    }

    [Fact]
    public void Parse_ServiceSpotTaskStopped_ReadsServiceNameCapacityProviderAndStoppedAt()
    {
        var parsed = Assert.IsType<EcsTaskStateChangeEvent>(ParseFixture("ecs-task-state-change-service-spot-stopped.json"));

        Assert.Equal("checkout", parsed.ServiceName);
        Assert.Equal("FARGATE_SPOT", parsed.CapacityProviderName);
        Assert.Equal(6, parsed.Version);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 7, 2, 9, 812, TimeSpan.Zero), parsed.StoppedAt);
        Assert.True(parsed.IsSpotInterruption);
    }

    [Fact]
    public void Parse_SchedulerPayloadFixture_ReturnsTriggerAndSchedule()
    {
        var parsed = Assert.IsType<SchedulerPayload>(ParseFixture("scheduler-payload.json"));

        Assert.Equal(SchedulerTrigger.Boundary, parsed.Trigger);
        Assert.Equal("office-hours", parsed.Schedule);
    }

    [Fact]
    public void Parse_ManualCommandFixture_ReadsAllFields()
    {
        var parsed = Assert.IsType<ManualCommand>(ParseFixture("manual-command.json"));

        Assert.Equal(ManualCommandKind.Report, parsed.Command);
        Assert.True(parsed.DryRun);
        Assert.Equal("eyJjIjoiY2x1c3Rlci0yIn0=", parsed.Continuation);
        Assert.Equal("2026-W47", parsed.IsoWeek?.ToString());
    }

    [Fact]
    public void Parse_ManualCommandWithOnlyCommand_DefaultsTheRest()
    {
        var parsed = Assert.IsType<ManualCommand>(EventParser.Parse("{\"command\":\"check\"}"u8.ToArray()));

        Assert.Equal(new ManualCommand(ManualCommandKind.Check, false, null, null), parsed);
    }

    [Fact]
    public void Parse_ReportPreview_SetsPreview()
    {
        var parsed = Assert.IsType<ManualCommand>(EventParser.Parse("{\"command\":\"report\",\"preview\":true}"u8.ToArray()));

        Assert.Equal(ManualCommandKind.Report, parsed.Command);
        Assert.True(parsed.Preview);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("check")]
    public void Parse_PreviewWithOtherCommand_RejectedNamingPreview(string command)
    {
        var ex = Assert.Throws<InvalidEventException>(() => EventParser.Parse(System.Text.Encoding.UTF8.GetBytes($"{{\"command\":\"{command}\",\"preview\":true}}")));

        Assert.Equal("preview", ex.Field);
        Assert.Contains("'report'", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PreviewNotABoolean_RejectedNamingPreview()
    {
        var ex = Assert.Throws<InvalidEventException>(() => EventParser.Parse("{\"command\":\"report\",\"preview\":\"yes\"}"u8.ToArray()));

        Assert.Equal("preview", ex.Field);
    }

    [Fact]
    public void Parse_TickPayload_ReturnsTick()
    {
        var parsed = Assert.IsType<SchedulerPayload>(EventParser.Parse("{\"source\":\"costops.scheduler\",\"trigger\":\"tick\",\"schedule\":\"all\"}"u8.ToArray()));

        Assert.Equal(SchedulerTrigger.Tick, parsed.Trigger);
    }

    [Fact]
    public async Task ParseAsync_Stream_ParsesLikeBytes()
    {
        await using var stream = new MemoryStream("{\"command\":\"run\",\"dryRun\":false}"u8.ToArray());

        var parsed = await EventParser.ParseAsync(stream);

        Assert.Equal(ManualCommandKind.Run, Assert.IsType<ManualCommand>(parsed).Command);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    public void Parse_Empty_NamesInputAndEmpty(string json)
    {
        var ex = Reject(json);

        Assert.Equal("input", ex.Field);
        Assert.Equal("(empty)", ex.Value);
        Assert.Contains("manual command", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotJson_QuotesTheTextAndExpectsJson()
    {
        var ex = Reject("run please");

        Assert.Equal("input", ex.Field);
        Assert.Equal("'run please'", ex.Value);
        Assert.StartsWith("JSON", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JsonArray_ExpectsAnObject()
    {
        var ex = Reject("[1,2]");

        Assert.Equal("(an array)", ex.Value);
        Assert.Contains("a JSON object", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownShape_QuotesTheDocument()
    {
        var ex = Reject("{\"hello\":\"world\"}");

        Assert.Equal("input", ex.Field);
        Assert.Contains("hello", ex.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownDetailType_NamesSourceAndDetailType()
    {
        var ex = Reject("{\"source\":\"aws.ec2\",\"detail-type\":\"EC2 Instance State-change Notification\",\"detail\":{}}");

        Assert.Equal("source/detail-type", ex.Field);
        Assert.Contains("aws.ec2", ex.Value, StringComparison.Ordinal);
        Assert.Contains("ECS Task State Change", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ClusterArnNotString_NamesTheDetailField()
    {
        var ex = Reject("{\"id\":\"1\",\"source\":\"aws.ecs\",\"detail-type\":\"ECS Service Action\",\"detail\":{\"eventType\":\"INFO\",\"eventName\":\"X\",\"clusterArn\":42}}");

        Assert.Equal("detail.clusterArn", ex.Field);
        Assert.Equal("42", ex.Value);
        Assert.Equal("a non-empty string", ex.Expected);
    }

    [Fact]
    public void Parse_TaskVersionAsString_ExpectsWholeNumber()
    {
        var ex = Reject("{\"id\":\"1\",\"source\":\"aws.ecs\",\"detail-type\":\"ECS Task State Change\",\"detail\":{\"clusterArn\":\"c\",\"taskArn\":\"t\",\"lastStatus\":\"RUNNING\",\"desiredStatus\":\"RUNNING\",\"version\":\"4\"}}");

        Assert.Equal("detail.version", ex.Field);
        Assert.Equal("'4'", ex.Value);
    }

    [Fact]
    public void Parse_CapacityProviderArnsWithNumber_NamesTheIndex()
    {
        var ex = Reject("{\"id\":\"1\",\"source\":\"aws.ecs\",\"detail-type\":\"ECS Service Action\",\"detail\":{\"eventType\":\"INFO\",\"eventName\":\"X\",\"clusterArn\":\"c\",\"capacityProviderArns\":[\"a\",7]}}");

        Assert.Equal("detail.capacityProviderArns[1]", ex.Field);
    }

    [Fact]
    public void Parse_MissingDetail_ExpectsAnObject()
    {
        var ex = Reject("{\"id\":\"1\",\"source\":\"aws.ecs\",\"detail-type\":\"ECS Task State Change\"}");

        Assert.Equal("detail", ex.Field);
        Assert.Equal("(missing)", ex.Value);
    }

    [Fact]
    public void Parse_ScheduledEventWithBadTime_NamesTime()
    {
        var ex = Reject("{\"id\":\"1\",\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"time\":\"yesterday\"}");

        Assert.Equal("time", ex.Field);
        Assert.Equal("'yesterday'", ex.Value);
        Assert.Contains("ISO-8601", ex.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"command\":\"stop\"}", "command", "'stop'")]
    [InlineData("{\"command\":1}", "command", "1")]
    [InlineData("{\"command\":\"run\",\"dryRun\":\"yes\"}", "dryRun", "'yes'")]
    [InlineData("{\"command\":\"run\",\"continuation\":5}", "continuation", "5")]
    [InlineData("{\"command\":\"report\",\"isoWeek\":\"2026-W54\"}", "isoWeek", "'2026-W54'")]
    [InlineData("{\"command\":\"report\",\"isoWeek\":\"2025-W53\"}", "isoWeek", "'2025-W53'")]
    [InlineData("{\"command\":\"report\",\"isoWeek\":\"2026-47\"}", "isoWeek", "'2026-47'")]
    [InlineData("{\"source\":\"costops.scheduler\",\"trigger\":\"hourly\",\"schedule\":\"x\"}", "trigger", "'hourly'")]
    [InlineData("{\"source\":\"costops.scheduler\",\"trigger\":\"tick\"}", "schedule", "(missing)")]
    public void Parse_BadField_NamesFieldAndValue(string json, string field, string value)
    {
        var ex = Reject(json);

        Assert.Equal(field, ex.Field);
        Assert.Equal(value, ex.Value);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        Assert.Contains("expected", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"command":"\ud800"}""", "command")]
    [InlineData("""{"command":"run","continuation":"\udc00x"}""", "continuation")]
    [InlineData("""{"source":"costops.scheduler","trigger":"tick","schedule":"\ud800"}""", "schedule")]
    [InlineData("""{"detail-type":"Scheduled Event","source":"aws.events","id":"1","time":"2026-11-16T07:00:00Z","resources":["\ud800"]}""", "resources[0]")]
    [InlineData("""{"source":"\ud800"}""", "input")]
    public void Parse_EscapeThatIsNoText_RejectsNamingTheField(string json, string field)
    {
        var ex = Reject(json);

        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Parse_BytesThatAreNotUtf8InsideAString_RejectsTheInput()
    {
        byte[] input = [.. "{\"command\":\""u8, 0xFF, .. "\"}"u8];

        var ex = Assert.Throws<InvalidEventException>(() => EventParser.Parse(input));

        Assert.Equal("input", ex.Field);
        Assert.Contains("UTF-8", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownVeryLongSource_QuotesItShortened()
    {
        var ex = Reject($$"""{"detail-type":"Scheduled Event","source":"{{new string('s', 5000)}}"}""");

        Assert.Equal("source/detail-type", ex.Field);
        Assert.True(ex.Message.Length < 700, ex.Message);
    }
}
