using System.Net;
using CostOps.Aws.EventBridgeScheduler;
using CostOps.Aws.Json;

namespace CostOps.Simulator;

/// <summary>
/// EventBridge Scheduler over REST-JSON: GetSchedule, CreateSchedule, UpdateSchedule and DeleteSchedule on
/// <c>/schedules/{Name}</c> (group in the body or <c>?groupName=</c>, else <c>default</c>). Due one-time schedules
/// are handed to whoever drives the clock (<see cref="SimulatedAccount.TakeDueSchedules"/>). Called under the account's gate.
/// </summary>
internal sealed class SchedulerApi(SimulatedAccount account)
{
    private const string Invalid = "ValidationException";
    private static readonly AwsJsonContext Wire = AwsJsonContext.Default;

    public static string Operation(HttpMethod method) =>
        method == HttpMethod.Get ? "GetSchedule" : method == HttpMethod.Post ? "CreateSchedule" : method == HttpMethod.Put ? "UpdateSchedule" : "DeleteSchedule";

    public (HttpStatusCode Status, byte[] Body) Handle(HttpRequestMessage request, byte[] body)
    {
        var name = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath["/schedules/".Length..]);
        var queryGroup = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query)["groupName"];
        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Delete)
        {
            var key = $"{queryGroup ?? "default"}/{name}";
            var found = account.Schedules.GetValueOrDefault(key) ?? throw new SimulatorError("ResourceNotFoundException", $"Schedule {name} does not exist.", HttpStatusCode.NotFound);
            if (request.Method == HttpMethod.Delete)
            {
                account.Schedules.Remove(key);
                return (HttpStatusCode.OK, "{}"u8.ToArray());
            }

            return (HttpStatusCode.OK, SimJson.Write(new GetScheduleResponse
            {
                Arn = Arn(found.Group, found.Name),
                Name = found.Name,
                GroupName = found.Group,
                ScheduleExpression = found.Expression,
                ScheduleExpressionTimezone = found.Timezone,
                State = found.State,
                FlexibleTimeWindow = FlexibleTimeWindow.None,
                Target = new ScheduleTarget { Arn = found.TargetArn, RoleArn = $"arn:aws:iam::{account.Options.AccountId}:role/costops-scheduler-invoke", Input = found.Input },
            }, Wire.GetScheduleResponse));
        }

        var definition = SimJson.Read(body, Wire.ScheduleDefinition, Invalid);
        var group = definition.GroupName ?? "default";
        var exists = account.Schedules.ContainsKey($"{group}/{name}");
        if (request.Method == HttpMethod.Post && exists)
        {
            throw new SimulatorError("ConflictException", $"Schedule {name} already exists.", HttpStatusCode.Conflict);
        }

        if (request.Method == HttpMethod.Put && !exists)
        {
            throw new SimulatorError("ResourceNotFoundException", $"Schedule {name} does not exist.", HttpStatusCode.NotFound);
        }

        var schedule = new SimSchedule(group, name, definition.ScheduleExpression, definition.ScheduleExpressionTimezone, definition.Target.Arn, definition.Target.Input, definition.State ?? "ENABLED");
        if (schedule.Expression.StartsWith("at(", StringComparison.Ordinal) && schedule.FiresAt() is null)
        {
            throw new SimulatorError(Invalid, $"Invalid Schedule Expression {schedule.Expression}.");
        }

        account.Schedules[$"{group}/{name}"] = schedule;
        account.Changes.Add(new SimChange(account.Clock.GetUtcNow(), $"schedule/{group}/{name}", $"wake-up set: {schedule.Expression}"));
        return (HttpStatusCode.OK, SimJson.Write(new ScheduleArnResponse { ScheduleArn = Arn(group, name) }, Wire.ScheduleArnResponse));
    }

    private string Arn(string group, string name) => $"arn:aws:scheduler:{account.Region}:{account.Options.AccountId}:schedule/{group}/{name}";
}
