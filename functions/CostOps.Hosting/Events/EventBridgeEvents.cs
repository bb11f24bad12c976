using System.Text.Json;

namespace CostOps.Hosting.Events;

/// <summary>The EventBridge envelopes CostOps reacts to.</summary>
internal static class EventBridgeEvents
{
    private const string Known = "source 'aws.events' with detail-type 'Scheduled Event', "
        + "or source 'aws.ecs' with detail-type 'ECS Service Action' or 'ECS Task State Change'";

    public static InvocationEvent Parse(JsonElement root)
    {
        var detailType = JsonFields.RequiredString(root, string.Empty, "detail-type");
        var source = JsonFields.RequiredString(root, string.Empty, "source");
        return (source, detailType) switch
        {
            ("aws.events", "Scheduled Event") => ParseScheduled(root),
            ("aws.ecs", "ECS Service Action") => ParseServiceAction(root),
            ("aws.ecs", "ECS Task State Change") => ParseTaskStateChange(root),
            _ => throw new InvalidEventException("source/detail-type", $"'{JsonFields.Shorten(source)}' / '{JsonFields.Shorten(detailType)}'", Known),
        };
    }

    private static ScheduledEvent ParseScheduled(JsonElement root) => new(
        JsonFields.RequiredString(root, string.Empty, "id"),
        JsonFields.RequiredTimestamp(root, string.Empty, "time"),
        JsonFields.OptionalString(root, string.Empty, "account") ?? string.Empty,
        JsonFields.OptionalString(root, string.Empty, "region") ?? string.Empty,
        JsonFields.StringArray(root, string.Empty, "resources"));

    private static EcsServiceActionEvent ParseServiceAction(JsonElement root)
    {
        var detail = JsonFields.RequiredObject(root, string.Empty, "detail");
        var resources = JsonFields.StringArray(root, string.Empty, "resources");
        return new EcsServiceActionEvent(
            JsonFields.RequiredString(root, string.Empty, "id"),
            JsonFields.OptionalTimestamp(root, string.Empty, "time"),
            JsonFields.OptionalString(root, string.Empty, "account") ?? string.Empty,
            JsonFields.OptionalString(root, string.Empty, "region") ?? string.Empty,
            resources.Count > 0 ? resources[0] : null,
            JsonFields.RequiredString(detail, "detail", "eventType"),
            JsonFields.RequiredString(detail, "detail", "eventName"),
            JsonFields.RequiredString(detail, "detail", "clusterArn"),
            JsonFields.StringArray(detail, "detail", "capacityProviderArns"),
            JsonFields.OptionalString(detail, "detail", "reason"),
            JsonFields.OptionalTimestamp(detail, "detail", "createdAt"));
    }

    private static EcsTaskStateChangeEvent ParseTaskStateChange(JsonElement root)
    {
        var detail = JsonFields.RequiredObject(root, string.Empty, "detail");
        return new EcsTaskStateChangeEvent(
            JsonFields.RequiredString(root, string.Empty, "id"),
            JsonFields.OptionalTimestamp(root, string.Empty, "time"),
            JsonFields.OptionalString(root, string.Empty, "account") ?? string.Empty,
            JsonFields.OptionalString(root, string.Empty, "region") ?? string.Empty,
            JsonFields.RequiredString(detail, "detail", "clusterArn"),
            JsonFields.RequiredString(detail, "detail", "taskArn"),
            JsonFields.OptionalString(detail, "detail", "group"),
            JsonFields.RequiredString(detail, "detail", "lastStatus"),
            JsonFields.RequiredString(detail, "detail", "desiredStatus"),
            JsonFields.OptionalString(detail, "detail", "stopCode"),
            JsonFields.OptionalString(detail, "detail", "stoppedReason"),
            JsonFields.OptionalString(detail, "detail", "capacityProviderName"),
            JsonFields.OptionalWholeNumber(detail, "detail", "version"),
            JsonFields.OptionalTimestamp(detail, "detail", "stoppedAt"));
    }
}
