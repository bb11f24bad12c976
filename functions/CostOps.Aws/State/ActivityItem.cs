using Amazon.DynamoDBv2.Model;
using CostOps.Core.Activity;

namespace CostOps.Aws.State;

/// <summary>Maps a <see cref="ServiceActivity"/> to its <c>act#&lt;yyyy-mm-dd&gt;</c> item (UTC day) and back.</summary>
internal static class ActivityItem
{
    public static string Partition(DateOnly utcDay) => $"act#{utcDay:yyyy-MM-dd}";

    public static Dictionary<string, AttributeValue> ToItem(ServiceActivity a, DateTimeOffset expiresAt)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["pk"] = Attr.S(Partition(DateOnly.FromDateTime(a.At.UtcDateTime))),
            // Instant first so a range of sort keys is a range of time; ARN and kind keep same-instant records apart.
            ["sk"] = Attr.S($"{Attr.Instant(a.At)}#{a.ServiceArn}#{a.Kind}"),
            ["arn"] = Attr.S(a.ServiceArn),
            ["cluster"] = Attr.S(a.ClusterName),
            ["service"] = Attr.S(a.ServiceName),
            ["region"] = Attr.S(a.Region),
            ["kind"] = Attr.S(a.Kind.ToString()),
            ["at"] = Attr.Time(a.At),
            ["detail"] = Attr.S(a.Detail),
            ["tasks"] = Attr.N(a.Tasks),
            ["ttl"] = Attr.N(expiresAt.ToUnixTimeSeconds()),
        };
        if (a.Size is { } t)
        {
            item["taskSize"] = new AttributeValue
            {
                M = new() { ["vcpu"] = Attr.N(t.Vcpu), ["memoryGb"] = Attr.N(t.MemoryGb), ["architecture"] = Attr.S(t.Architecture) },
            };
        }

        return item;
    }

    public static ServiceActivity FromItem(Dictionary<string, AttributeValue> item) => new(
        Attr.Str(item, "arn"),
        Attr.Str(item, "cluster"),
        Attr.Str(item, "service"),
        Attr.Str(item, "region"),
        Attr.Enum<ActivityKind>(item, "kind"),
        Attr.At(item, "at"),
        Attr.OptStr(item, "detail") ?? "",
        Attr.Int(item, "tasks"),
        item.TryGetValue("taskSize", out var t) && t.M is { } size
            ? new TaskSize(Attr.Dec(size, "vcpu"), Attr.Dec(size, "memoryGb"), Attr.Str(size, "architecture"))
            : null);
}
