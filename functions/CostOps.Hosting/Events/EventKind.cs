namespace CostOps.Hosting.Events;

/// <summary>The kinds of input CostOps functions accept; each entry project accepts a subset.</summary>
public enum EventKind
{
    ScheduledEvent,
    SchedulerPayload,
    EcsServiceAction,
    EcsTaskStateChange,
    ManualCommand,

    /// <summary>An HTTP request from an Application Load Balancer (Lambda target) or a Lambda function URL.</summary>
    HttpRequest,
}
