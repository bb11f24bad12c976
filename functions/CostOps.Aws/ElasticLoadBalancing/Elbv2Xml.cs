using System.Globalization;
using System.Xml.Linq;

namespace CostOps.Aws.ElasticLoadBalancing;

/// <summary>Reads ELBv2 Query responses. Elements are matched by local name, so the namespace spelling (http or https) does not matter.</summary>
internal static class Elbv2Xml
{
    /// <summary>The <c>{Action}Result</c> element under <c>{Action}Response</c>.</summary>
    public static XElement Result(XDocument document, string action)
    {
        var root = document.Root;
        var result = root?.Elements().FirstOrDefault(e => e.Name.LocalName == action + "Result");
        return result ?? throw new InvalidDataException(
            $"ELBv2 {action} answered without {action}Response/{action}Result (root element '{root?.Name.LocalName}').");
    }

    /// <summary>The <c>member</c> elements of a non-flattened list; none when the list is absent.</summary>
    public static IEnumerable<XElement> Members(XElement parent, string listName) =>
        Child(parent, listName)?.Elements().Where(e => e.Name.LocalName == "member") ?? [];

    public static string? Text(XElement parent, string name) => Child(parent, name)?.Value.Trim();

    public static Listener ReadListener(XElement m) =>
        new(Required(m, "ListenerArn"), Text(m, "LoadBalancerArn"), Int(m, "Port"), Text(m, "Protocol"));

    public static ListenerRule ReadRule(XElement m) => new(
        Required(m, "RuleArn"),
        Text(m, "Priority"),
        string.Equals(Text(m, "IsDefault"), "true", StringComparison.OrdinalIgnoreCase),
        [.. Members(m, "Actions").Select(ReadAction)])
    {
        Conditions = [.. Members(m, "Conditions").Select(ReadCondition)],
    };

    /// <summary>Values from the legacy <c>Values</c> list and from the field's config (<c>HostHeaderConfig</c>, <c>PathPatternConfig</c>, ...).</summary>
    private static RuleCondition ReadCondition(XElement m)
    {
        var values = Members(m, "Values").Select(v => v.Value.Trim()).ToList();
        foreach (var config in m.Elements().Where(e => e.Name.LocalName.EndsWith("Config", StringComparison.Ordinal)))
        {
            values.AddRange(Members(config, "Values").Where(v => !v.HasElements).Select(v => v.Value.Trim()));
        }

        return new RuleCondition(Text(m, "Field") ?? "", [.. values.Distinct(StringComparer.Ordinal)]);
    }

    public static TargetGroup ReadTargetGroup(XElement m) => new(
        Required(m, "TargetGroupArn"),
        Text(m, "TargetGroupName"),
        Text(m, "TargetType"),
        [.. Members(m, "LoadBalancerArns").Select(e => e.Value.Trim())],
        Int(m, "HealthCheckIntervalSeconds"),
        Int(m, "HealthyThresholdCount"));

    public static TargetHealthDescription ReadTargetHealth(XElement m)
    {
        var target = Child(m, "Target");
        var health = Child(m, "TargetHealth");
        return new TargetHealthDescription(
            target is null ? "" : Text(target, "Id") ?? "",
            target is null ? null : Int(target, "Port"),
            health is null ? "" : Text(health, "State") ?? "",
            health is null ? null : Text(health, "Reason"),
            health is null ? null : Text(health, "Description"));
    }

    private static RuleAction ReadAction(XElement m)
    {
        var forward = Child(m, "ForwardConfig");
        var stickiness = forward is null ? null : Child(forward, "TargetGroupStickinessConfig");
        return new RuleAction(
            Text(m, "Type") ?? "",
            Text(m, "TargetGroupArn"),
            Int(m, "Order"),
            forward is null ? [] : [.. Members(forward, "TargetGroups").Select(t => new TargetGroupTuple(Required(t, "TargetGroupArn"), Int(t, "Weight")))],
            stickiness is null ? null : string.Equals(Text(stickiness, "Enabled"), "true", StringComparison.OrdinalIgnoreCase),
            stickiness is null ? null : Int(stickiness, "DurationSeconds"));
    }

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string Required(XElement parent, string name) =>
        Text(parent, name) is { Length: > 0 } value
            ? value
            : throw new InvalidDataException($"ELBv2 answered a {parent.Parent?.Name.LocalName ?? parent.Name.LocalName} entry without {name}.");

    private static int? Int(XElement parent, string name) =>
        int.TryParse(Text(parent, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
