using Amazon.DynamoDBv2.Model;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Aws.State;

/// <summary>Maps the original forwards of a service's listener rules to the <c>wakeRoutes</c> list attribute of its state item and back.</summary>
internal static class WakeRoutesItem
{
    public const string Attribute = "wakeRoutes";

    public static AttributeValue ToAttribute(IReadOnlyList<RuleRoute> routes) => new()
    {
        L = [.. routes.Select(r =>
        {
            var m = new Dictionary<string, AttributeValue>
            {
                ["rule"] = Attr.S(r.RuleArn),
                ["targets"] = new AttributeValue
                {
                    L = [.. r.TargetGroups.Select(t =>
                    {
                        var target = new Dictionary<string, AttributeValue> { ["arn"] = Attr.S(t.TargetGroupArn) };
                        if (t.Weight is { } weight)
                        {
                            target["weight"] = Attr.N(weight);
                        }

                        return new AttributeValue { M = target };
                    })],
                },
            };
            if (r.StickinessEnabled is { } enabled)
            {
                m["sticky"] = Attr.Bool(enabled);
            }

            if (r.StickinessDurationSeconds is { } seconds)
            {
                m["stickySeconds"] = Attr.N(seconds);
            }

            if (r.Priority is { } priority)
            {
                m["priority"] = Attr.N(priority);
            }

            Strings(m, "hosts", r.Hosts);
            Strings(m, "paths", r.Paths);

            return new AttributeValue { M = m };
        })],
    };

    public static IReadOnlyList<RuleRoute>? FromItem(Dictionary<string, AttributeValue> item)
    {
        if (!item.TryGetValue(Attribute, out var value) || value.L is not { Count: > 0 } list)
        {
            return null;
        }

        return [.. list.Select(r => new RuleRoute(
            Attr.Str(r.M, "rule"),
            r.M.TryGetValue("targets", out var t) && t.L is { } targets
                ? [.. targets.Select(x => new RouteTarget(Attr.Str(x.M, "arn"), x.M.ContainsKey("weight") ? Attr.Int(x.M, "weight") : null))]
                : [],
            r.M.ContainsKey("sticky") ? Attr.Flag(r.M, "sticky") : null,
            r.M.ContainsKey("stickySeconds") ? Attr.Int(r.M, "stickySeconds") : null)
        {
            Priority = r.M.ContainsKey("priority") ? Attr.Int(r.M, "priority") : null,
            Hosts = Strings(r.M, "hosts"),
            Paths = Strings(r.M, "paths"),
        })];
    }

    private static void Strings(Dictionary<string, AttributeValue> m, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            m[name] = new AttributeValue { L = [.. values.Select(Attr.S)] };
        }
    }

    private static string[] Strings(Dictionary<string, AttributeValue> m, string name) =>
        m.TryGetValue(name, out var list) && list.L is { } items ? [.. items.Select(i => i.S ?? "")] : [];
}
