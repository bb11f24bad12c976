using Amazon.DynamoDBv2.Model;
using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;

namespace CostOps.Aws.State;

/// <summary>Maps a <see cref="ServiceState"/> (with its Spot history) to its <c>svc#&lt;serviceArn&gt;</c> / <c>state</c> item and back.</summary>
internal static class ServiceStateItem
{
    public const string Prefix = "svc#";
    public const string SortKey = "state";

    public static Dictionary<string, AttributeValue> Key(string serviceArn) => new()
    {
        ["pk"] = Attr.S(Prefix + serviceArn),
        ["sk"] = Attr.S(SortKey),
    };

    public static Dictionary<string, AttributeValue> ToItem(ServiceState s)
    {
        var item = Key(s.Ref.ServiceArn);
        item["version"] = Attr.N(s.Version);
        item["arn"] = Attr.S(s.Ref.ServiceArn);
        item["cluster"] = Attr.S(s.Ref.ClusterName);
        item["service"] = Attr.S(s.Ref.ServiceName);
        item["status"] = Attr.S(s.Status.ToString());
        item["updatedAt"] = Attr.Time(s.UpdatedAt);
        item["override"] = Attr.S(s.Override.ToString());
        Attr.Put(item, "overrideUntil", s.OverrideUntil);
        Attr.Put(item, "lastError", s.LastError);
        Attr.Put(item, "driftSeenAt", s.DriftSeenAt);
        if (s.Snapshot is { } snap)
        {
            item["snapshot"] = new AttributeValue { M = ToMap(snap) };
        }

        if (s.WakeRoutes is { Count: > 0 } routes)
        {
            item[WakeRoutesItem.Attribute] = WakeRoutesItem.ToAttribute(routes);
        }

        if (s.Spot is { } spot)
        {
            item[SpotStateItem.Attribute] = SpotStateItem.ToAttribute(spot);
        }

        return item;
    }

    public static ServiceState FromItem(Dictionary<string, AttributeValue> item) => new(
        new ServiceRef(Attr.Str(item, "cluster"), Attr.Str(item, "service"), Attr.Str(item, "arn")),
        Attr.Enum<ServiceStatus>(item, "status"),
        Attr.Long(item, "version"),
        Attr.At(item, "updatedAt"),
        item.TryGetValue("snapshot", out var snap) && snap.M is { } m ? FromMap(m) : null,
        Attr.OptStr(item, "lastError"),
        Attr.OptAt(item, "driftSeenAt"),
        item.ContainsKey("override") ? Attr.Enum<OverrideState>(item, "override") : OverrideState.None,
        Attr.OptAt(item, "overrideUntil"),
        SpotStateItem.FromItem(item),
        WakeRoutesItem.FromItem(item));

    private static Dictionary<string, AttributeValue> ToMap(SavedSnapshot snap)
    {
        var m = new Dictionary<string, AttributeValue>
        {
            ["desiredCount"] = Attr.N(snap.DesiredCount),
            ["scheduleName"] = Attr.S(snap.ScheduleName),
            ["savedAt"] = Attr.Time(snap.SavedAt),
            ["capacityProviders"] = new AttributeValue
            {
                L = [.. snap.CapacityProviderStrategy.Select(c => new AttributeValue
                {
                    M = new() { ["provider"] = Attr.S(c.Provider), ["weight"] = Attr.N(c.Weight), ["base"] = Attr.N(c.Base) },
                })],
            },
        };
        Attr.Put(m, "launchType", snap.LaunchType);
        if (snap.Scaling is { } b)
        {
            m["scaling"] = new AttributeValue
            {
                M = new()
                {
                    ["min"] = Attr.N(b.Min),
                    ["max"] = Attr.N(b.Max),
                    ["dynamicScalingInSuspended"] = Attr.Bool(b.DynamicScalingInSuspended),
                    ["dynamicScalingOutSuspended"] = Attr.Bool(b.DynamicScalingOutSuspended),
                    ["scheduledScalingSuspended"] = Attr.Bool(b.ScheduledScalingSuspended),
                },
            };
        }

        if (snap.TaskSize is { } t)
        {
            m["taskSize"] = new AttributeValue
            {
                M = new() { ["vcpu"] = Attr.N(t.Vcpu), ["memoryGb"] = Attr.N(t.MemoryGb), ["architecture"] = Attr.S(t.Architecture) },
            };
        }

        return m;
    }

    private static SavedSnapshot FromMap(Dictionary<string, AttributeValue> m) => new(
        Attr.Int(m, "desiredCount"),
        m.TryGetValue("scaling", out var s) && s.M is { } b
            ? new ScalingBounds(Attr.Int(b, "min"), Attr.Int(b, "max"), Attr.Flag(b, "dynamicScalingInSuspended"),
                Attr.Flag(b, "dynamicScalingOutSuspended"), Attr.Flag(b, "scheduledScalingSuspended"))
            : null,
        m.TryGetValue("capacityProviders", out var cps) && cps.L is { } list
            ? [.. list.Select(c => new CapacityProviderItem(Attr.Str(c.M, "provider"), Attr.Int(c.M, "weight"), Attr.Int(c.M, "base")))]
            : [],
        Attr.OptStr(m, "launchType"),
        Attr.Str(m, "scheduleName"),
        Attr.At(m, "savedAt"),
        m.TryGetValue("taskSize", out var t) && t.M is { } size
            ? new TaskSize(Attr.Dec(size, "vcpu"), Attr.Dec(size, "memoryGb"), Attr.Str(size, "architecture"))
            : null);
}
