using System.Net;
using CostOps.Aws.EventBridgeScheduler;
using CostOps.Aws.Http;

namespace CostOps.Aws.Tests.Adapters;

/// <summary>EventBridge Scheduler in memory: one group's schedules, the calls made, and errors to answer next.</summary>
internal sealed class FakeScheduleApi : IEventBridgeSchedulerClient
{
    public Dictionary<string, ScheduleDefinition> Schedules { get; } = new(StringComparer.Ordinal);

    public List<string> Calls { get; } = [];

    /// <summary>Answered (and removed) by the next call of that operation instead of doing it.</summary>
    public Dictionary<string, Queue<AwsServiceException>> Errors { get; } = new(StringComparer.Ordinal);

    public int Writes => Calls.Count(c => c != "GetSchedule");

    public void Fail(string operation, string code, HttpStatusCode status)
    {
        if (!Errors.TryGetValue(operation, out var queue))
        {
            Errors[operation] = queue = new();
        }

        queue.Enqueue(new AwsServiceException("Scheduler", operation, code, $"{code} from the fake", "req-1", status));
    }

    public Task<GetScheduleResponse> GetScheduleAsync(GetScheduleRequest request, CancellationToken cancellationToken)
    {
        Call("GetSchedule");
        var s = Schedules.TryGetValue(request.Name, out var found) ? found : throw NotFound("GetSchedule");
        return Task.FromResult(new GetScheduleResponse
        {
            Name = s.Name, GroupName = s.GroupName, ScheduleExpression = s.ScheduleExpression, ScheduleExpressionTimezone = s.ScheduleExpressionTimezone,
            State = s.State, FlexibleTimeWindow = s.FlexibleTimeWindow, Target = s.Target,
        });
    }

    public Task<ScheduleArnResponse> CreateScheduleAsync(ScheduleDefinition schedule, CancellationToken cancellationToken)
    {
        Call("CreateSchedule");
        if (Schedules.ContainsKey(schedule.Name))
        {
            throw new AwsServiceException("Scheduler", "CreateSchedule", "ConflictException", "exists", "req-2", HttpStatusCode.Conflict);
        }

        Schedules[schedule.Name] = schedule;
        return Task.FromResult(new ScheduleArnResponse { ScheduleArn = "arn:" + schedule.Name });
    }

    public Task<ScheduleArnResponse> UpdateScheduleAsync(ScheduleDefinition schedule, CancellationToken cancellationToken)
    {
        Call("UpdateSchedule");
        if (!Schedules.ContainsKey(schedule.Name))
        {
            throw NotFound("UpdateSchedule");
        }

        Schedules[schedule.Name] = schedule;
        return Task.FromResult(new ScheduleArnResponse { ScheduleArn = "arn:" + schedule.Name });
    }

    private void Call(string operation)
    {
        Calls.Add(operation);
        if (Errors.TryGetValue(operation, out var queue) && queue.Count > 0)
        {
            throw queue.Dequeue();
        }
    }

    private static AwsServiceException NotFound(string operation) =>
        new("Scheduler", operation, "ResourceNotFoundException", "Schedule costops-next-boundary does not exist.", "req-3", HttpStatusCode.NotFound);
}
