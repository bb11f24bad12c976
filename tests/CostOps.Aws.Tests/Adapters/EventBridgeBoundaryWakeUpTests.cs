using System.Net;
using CostOps.Aws.Adapters;
using CostOps.Aws.EventBridgeScheduler;

namespace CostOps.Aws.Tests.Adapters;

public sealed class EventBridgeBoundaryWakeUpTests
{
    private const string Name = BoundaryWakeUpOptions.ScheduleName;
    private static readonly DateTimeOffset Six = new(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);
    private static readonly BoundaryWakeUpOptions Options = new(
        "costops", "arn:aws:iam::123456789012:role/costops-boundary-wakeup", "arn:aws:lambda:eu-west-1:123456789012:function:costops-scheduler");

    private readonly FakeScheduleApi _api = new();
    private readonly EventBridgeBoundaryWakeUp _wakeUp;

    public EventBridgeBoundaryWakeUpTests() => _wakeUp = new EventBridgeBoundaryWakeUp(_api, Options);

    [Fact]
    public async Task EnsureAsync_NoScheduleYet_CreatesTheOneTimeScheduleForTheFunction()
    {
        await _wakeUp.EnsureAsync(Six, default);

        Assert.Equal(["GetSchedule", "CreateSchedule"], _api.Calls);
        var s = _api.Schedules[Name];
        Assert.Equal(("costops", "at(2026-03-02T18:00:00)", "UTC", "OFF", "ENABLED"), (s.GroupName, s.ScheduleExpression, s.ScheduleExpressionTimezone, s.FlexibleTimeWindow.Mode, s.State));
        Assert.Equal((Options.FunctionArn, Options.RoleArn), (s.Target.Arn, s.Target.RoleArn));
        Assert.Equal("""{"source":"costops.scheduler","trigger":"boundary","schedule":"costops-next-boundary"}""", s.Target.Input);
        Assert.Equal(new ScheduleRetryPolicy { MaximumRetryAttempts = 2, MaximumEventAgeInSeconds = 300 }, s.Target.RetryPolicy);
    }

    [Fact]
    public async Task EnsureAsync_SameBoundaryAgain_WritesNothing()
    {
        await _wakeUp.EnsureAsync(Six, default);
        _api.Calls.Clear();

        await _wakeUp.EnsureAsync(Six, default);
        await _wakeUp.EnsureAsync(Six, default);

        Assert.Empty(_api.Calls);
    }

    [Fact]
    public async Task EnsureAsync_BoundaryMoves_UpdatesWithoutReadingFirst()
    {
        await _wakeUp.EnsureAsync(Six, default);
        _api.Calls.Clear();

        await _wakeUp.EnsureAsync(Six.AddHours(14), default);

        Assert.Equal(["UpdateSchedule"], _api.Calls);
        Assert.Equal("at(2026-03-03T08:00:00)", _api.Schedules[Name].ScheduleExpression);
    }

    [Fact]
    public async Task EnsureAsync_ColdStartWithTheSameScheduleInPlace_ReadsOnceAndWritesNothing()
    {
        await new EventBridgeBoundaryWakeUp(_api, Options).EnsureAsync(Six, default);
        _api.Calls.Clear();

        await _wakeUp.EnsureAsync(Six, default);
        await _wakeUp.EnsureAsync(Six, default);

        Assert.Equal(["GetSchedule"], _api.Calls);
    }

    [Fact]
    public async Task EnsureAsync_ColdStartWithAnOlderBoundaryInPlace_Updates()
    {
        await new EventBridgeBoundaryWakeUp(_api, Options).EnsureAsync(Six, default);
        _api.Calls.Clear();

        await _wakeUp.EnsureAsync(Six.AddHours(14), default);

        Assert.Equal(["GetSchedule", "UpdateSchedule"], _api.Calls);
    }

    [Fact]
    public async Task EnsureAsync_ColdStartWithAnotherTargetInPlace_Updates()
    {
        await new EventBridgeBoundaryWakeUp(_api, Options with { RoleArn = "arn:aws:iam::123456789012:role/old" }).EnsureAsync(Six, default);
        _api.Calls.Clear();

        await _wakeUp.EnsureAsync(Six, default);

        Assert.Equal(["GetSchedule", "UpdateSchedule"], _api.Calls);
        Assert.Equal(Options.RoleArn, _api.Schedules[Name].Target.RoleArn);
    }

    [Fact]
    public async Task EnsureAsync_AnotherRunCreatedItFirst_UpdatesAfterTheConflict()
    {
        _api.Fail("GetSchedule", "ResourceNotFoundException", HttpStatusCode.NotFound);
        _api.Schedules[Name] = _wakeUp.Definition(Six.AddHours(-1));

        await _wakeUp.EnsureAsync(Six, default);

        Assert.Equal(["GetSchedule", "CreateSchedule", "UpdateSchedule"], _api.Calls);
        Assert.Equal("at(2026-03-02T18:00:00)", _api.Schedules[Name].ScheduleExpression);
    }

    [Fact]
    public async Task EnsureAsync_ScheduleDeletedWhileWarm_CreatesItAgain()
    {
        await _wakeUp.EnsureAsync(Six, default);
        _api.Schedules.Clear();
        _api.Calls.Clear();

        await _wakeUp.EnsureAsync(Six.AddHours(1), default);

        Assert.Equal(["UpdateSchedule", "CreateSchedule"], _api.Calls);
        Assert.Equal("at(2026-03-02T19:00:00)", _api.Schedules[Name].ScheduleExpression);
    }

    [Fact]
    public async Task EnsureAsync_WriteRejected_ThrowsNamingTheScheduleAndReadsAgainNextTime()
    {
        await _wakeUp.EnsureAsync(Six, default);
        _api.Fail("UpdateSchedule", "ValidationException", HttpStatusCode.BadRequest);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _wakeUp.EnsureAsync(Six.AddHours(1), default));

        Assert.Contains("costops/costops-next-boundary", error.Message, StringComparison.Ordinal);
        Assert.Contains("at(2026-03-02T19:00:00)", error.Message, StringComparison.Ordinal);
        Assert.Contains("ValidationException", error.Message, StringComparison.Ordinal);
        _api.Calls.Clear();
        await _wakeUp.EnsureAsync(Six, default);
        Assert.Equal(["GetSchedule"], _api.Calls);
    }

    [Fact]
    public async Task EnsureAsync_GroupMissing_ThrowsAfterTryingToCreate()
    {
        _api.Fail("GetSchedule", "ResourceNotFoundException", HttpStatusCode.NotFound);
        _api.Fail("CreateSchedule", "ResourceNotFoundException", HttpStatusCode.NotFound);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _wakeUp.EnsureAsync(Six, default));

        Assert.Contains("ResourceNotFoundException", error.Message, StringComparison.Ordinal);
        Assert.Empty(_api.Schedules);
    }

    [Theory]
    [InlineData("2026-03-02T18:00:00+00:00", "at(2026-03-02T18:00:00)")]
    [InlineData("2026-03-02T19:00:00+01:00", "at(2026-03-02T18:00:00)")]
    [InlineData("2026-12-31T23:59:59+00:00", "at(2026-12-31T23:59:59)")]
    public void Expression_AnyOffset_IsAtInUtc(string at, string expected)
    {
        Assert.Equal(expected, EventBridgeBoundaryWakeUp.Expression(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/costops-boundary-wakeup", true)]
    [InlineData("arn:aws:iam::123456789012:role/service-role/x", true)]
    [InlineData("costops-boundary-wakeup", false)]
    [InlineData("arn:aws:iam::12345:role/x", false)]
    public void RoleArnProblem_FollowsTheModelsPattern(string value, bool valid)
    {
        Assert.Equal(valid, BoundaryWakeUpOptions.RoleArnProblem(value) is null);
    }

    [Theory]
    [InlineData("arn:aws:lambda:eu-west-1:123456789012:function:costops-scheduler", true)]
    [InlineData("arn:aws:lambda:eu-west-1:123456789012:function:costops-scheduler:live", true)]
    [InlineData("costops-scheduler", false)]
    [InlineData("arn:aws:sns:eu-west-1:123456789012:costops", false)]
    public void FunctionArnProblem_AcceptsOnlyAFunctionArn(string value, bool valid)
    {
        Assert.Equal(valid, BoundaryWakeUpOptions.FunctionArnProblem(value) is null);
    }
}
