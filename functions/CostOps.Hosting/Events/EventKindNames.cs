namespace CostOps.Hosting.Events;

/// <summary>Stable names of <see cref="EventKind"/> for logs, results and error messages.</summary>
public static class EventKindNames
{
    public static string Name(this EventKind kind) => kind switch
    {
        EventKind.ScheduledEvent => "scheduled-event",
        EventKind.SchedulerPayload => "scheduler-payload",
        EventKind.EcsServiceAction => "ecs-service-action",
        EventKind.EcsTaskStateChange => "ecs-task-state-change",
        EventKind.ManualCommand => "manual-command",
        EventKind.HttpRequest => "http-request",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown event kind"),
    };
}
