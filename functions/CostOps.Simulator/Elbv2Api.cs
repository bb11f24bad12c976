using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;
using CostOps.Aws.ElasticLoadBalancing;

namespace CostOps.Simulator;

/// <summary>
/// Elastic Load Balancing v2 over the Query protocol: DescribeListeners, DescribeRules, ModifyRule,
/// DescribeTargetGroups and DescribeTargetHealth over <see cref="SimLoadBalancing"/>. Called under the account's gate.
/// </summary>
internal sealed class Elbv2Api(SimulatedAccount account)
{
    private static readonly XNamespace Ns = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";

    public byte[] Handle(byte[] body)
    {
        var form = Form(Encoding.UTF8.GetString(body));
        var action = form.GetValueOrDefault("Action") ?? "";
        var lb = account.LoadBalancing;
        XElement list = action switch
        {
            "DescribeListeners" => List("Listeners", lb.Listeners
                .Where(l => l.LoadBalancerArn == Known(lb.LoadBalancers.ContainsKey, Required(form, "LoadBalancerArn"), "LoadBalancerNotFound", "Load balancer"))
                .Select(Listener)),
            "DescribeRules" => List("Rules", lb.Rules
                .Where(r => r.ListenerArn == Known(a => lb.Listeners.Any(l => l.ListenerArn == a), Required(form, "ListenerArn"), "ListenerNotFound", "Listener"))
                .Select(Rule)),
            "ModifyRule" => List("Rules", [Rule(Modify(form))]),
            "DescribeTargetGroups" => List("TargetGroups", Indexed(form, "TargetGroupArns.member.")
                .Select(arn => Group(lb.TargetGroups.FirstOrDefault(g => g.Arn == arn) ?? throw NotFound("TargetGroupNotFound", "Target group", arn)))),
            "DescribeTargetHealth" => List("TargetHealthDescriptions", Health(Required(form, "TargetGroupArn"))),
            _ => throw new SimulatorError("InvalidAction", $"The simulated Elastic Load Balancing does not implement {action}."),
        };
        var xml = new XElement(Ns + action + "Response", new XElement(Ns + action + "Result", list),
            new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", "00000000-0000-0000-0000-000000000000")));
        return Encoding.UTF8.GetBytes(xml.ToString(SaveOptions.DisableFormatting));
    }

    public static byte[] Error(string code, string message) =>
        Encoding.UTF8.GetBytes(new XElement(Ns + "ErrorResponse",
            new XElement(Ns + "Error", new XElement(Ns + "Type", "Sender"), new XElement(Ns + "Code", code), new XElement(Ns + "Message", message)),
            new XElement(Ns + "RequestId", "0")).ToString(SaveOptions.DisableFormatting));

    private SimRule Modify(Dictionary<string, string> form)
    {
        var arn = Required(form, "RuleArn");
        var rule = account.LoadBalancing.Rules.FirstOrDefault(r => r.Arn == arn) ?? throw NotFound("RuleNotFound", "Rule", arn);
        var actions = new List<RuleAction>();
        for (var i = 1; form.TryGetValue($"Actions.member.{i}.Type", out var type); i++)
        {
            var prefix = $"Actions.member.{i}.";
            var tuples = new List<TargetGroupTuple>();
            for (var j = 1; form.TryGetValue($"{prefix}ForwardConfig.TargetGroups.member.{j}.TargetGroupArn", out var tg); j++)
            {
                tuples.Add(new TargetGroupTuple(KnownGroup(tg), Int(form, $"{prefix}ForwardConfig.TargetGroups.member.{j}.Weight")));
            }

            var single = form.GetValueOrDefault(prefix + "TargetGroupArn") is { } one ? KnownGroup(one) : null;
            var stickiness = form.GetValueOrDefault(prefix + "ForwardConfig.TargetGroupStickinessConfig.Enabled");
            actions.Add(new RuleAction(type, single, Int(form, prefix + "Order") ?? i, tuples,
                stickiness is null ? null : stickiness == "true", Int(form, prefix + "ForwardConfig.TargetGroupStickinessConfig.DurationSeconds")));
        }

        if (actions.Count == 0 || actions.Any(a => a.Type == RuleAction.Forward && a.TargetGroupArn is null && a.TargetGroups!.Count == 0))
        {
            throw new SimulatorError("ValidationError", $"ModifyRule of {arn}: every forward action needs a target group.");
        }

        rule.Actions = actions;
        rule.Modifications++;
        return rule;
    }

    private IEnumerable<XElement> Health(string arn)
    {
        var group = account.LoadBalancing.TargetGroups.FirstOrDefault(g => g.Arn == arn) ?? throw NotFound("TargetGroupNotFound", "Target group", arn);
        var tasks = group.Service?.Tasks ?? [];
        return tasks.Select((task, i) => new XElement(Ns + "member",
            new XElement(Ns + "Target", new XElement(Ns + "Id", string.Create(CultureInfo.InvariantCulture, $"10.0.{(i / 250) + 1}.{(i % 250) + 4}")), new XElement(Ns + "Port", 80)),
            new XElement(Ns + "HealthCheckPort", "80"),
            new XElement(Ns + "TargetHealth", task.Running
                ? [new XElement(Ns + "State", TargetHealthDescription.Healthy)]
                : [new XElement(Ns + "State", "initial"), new XElement(Ns + "Reason", "Elb.InitialHealthChecking"), new XElement(Ns + "Description", "Initial health checks in progress")])));
    }

    private static XElement Listener(Listener l) => new(Ns + "member",
        new XElement(Ns + "ListenerArn", l.ListenerArn), new XElement(Ns + "LoadBalancerArn", l.LoadBalancerArn),
        new XElement(Ns + "Port", l.Port), new XElement(Ns + "Protocol", l.Protocol));

    private static XElement Rule(SimRule r) => new(Ns + "member",
        new XElement(Ns + "RuleArn", r.Arn),
        new XElement(Ns + "Priority", r.Priority),
        List("Conditions", r.IsDefault ? [] : [Condition("host-header", "HostHeaderConfig", r.Hosts), Condition("path-pattern", "PathPatternConfig", r.Paths)]),
        List("Actions", r.Actions.Select(Action)),
        new XElement(Ns + "IsDefault", r.IsDefault ? "true" : "false"));

    private static XElement Condition(string field, string config, IReadOnlyList<string> values) => new(Ns + "member",
        new XElement(Ns + "Field", field), List("Values", values.Select(Value)), new XElement(Ns + config, List("Values", values.Select(Value))));

    private static XElement Action(RuleAction a)
    {
        var element = new XElement(Ns + "member", new XElement(Ns + "Type", a.Type));
        if (a.TargetGroupArn is not null)
        {
            element.Add(new XElement(Ns + "TargetGroupArn", a.TargetGroupArn));
        }

        element.Add(new XElement(Ns + "Order", a.Order ?? 1));
        if (a.Type == "fixed-response")
        {
            element.Add(new XElement(Ns + "FixedResponseConfig", new XElement(Ns + "StatusCode", "404"), new XElement(Ns + "ContentType", "text/plain")));
        }

        var groups = a.TargetGroups is { Count: > 0 } tuples ? tuples : a.TargetGroupArn is { } one ? [new TargetGroupTuple(one, 1)] : [];
        if (groups.Count > 0)
        {
            var forward = new XElement(Ns + "ForwardConfig", List("TargetGroups", groups.Select(t => new XElement(Ns + "member",
                new XElement(Ns + "TargetGroupArn", t.TargetGroupArn), new XElement(Ns + "Weight", t.Weight ?? 1)))));
            forward.Add(new XElement(Ns + "TargetGroupStickinessConfig", new XElement(Ns + "Enabled", a.StickinessEnabled == true ? "true" : "false"),
                a.StickinessDurationSeconds is { } seconds ? new XElement(Ns + "DurationSeconds", seconds) : null));
            element.Add(forward);
        }

        return element;
    }

    private static XElement Group(SimTargetGroup g) => new(Ns + "member",
        new XElement(Ns + "TargetGroupArn", g.Arn), new XElement(Ns + "TargetGroupName", g.Name),
        g.Service is null ? null : new XElement(Ns + "Protocol", "HTTP"), g.Service is null ? null : new XElement(Ns + "Port", 80),
        new XElement(Ns + "HealthCheckIntervalSeconds", 10), new XElement(Ns + "HealthyThresholdCount", 2),
        List("LoadBalancerArns", g.LoadBalancerArns.Select(Value)),
        new XElement(Ns + "TargetType", g.Service is null ? "lambda" : "ip"));

    private static XElement Value(string v) => new(Ns + "member", v);

    private static XElement List(string name, IEnumerable<XElement> members) => new(Ns + name, members);

    private string KnownGroup(string arn) =>
        account.LoadBalancing.TargetGroups.Any(g => g.Arn == arn) ? arn : throw NotFound("TargetGroupNotFound", "Target group", arn);

    private static string Known(Func<string, bool> exists, string arn, string code, string what) => exists(arn) ? arn : throw NotFound(code, what, arn);

    private static SimulatorError NotFound(string code, string what, string arn) => new(code, $"{what} '{arn}' not found", HttpStatusCode.BadRequest);

    private static string Required(Dictionary<string, string> form, string name) =>
        form.GetValueOrDefault(name) is { Length: > 0 } value ? value : throw new SimulatorError("ValidationError", $"{name} is required.", HttpStatusCode.BadRequest);

    private static IEnumerable<string> Indexed(Dictionary<string, string> form, string prefix)
    {
        for (var i = 1; form.TryGetValue(prefix + i.ToString(CultureInfo.InvariantCulture), out var value); i++)
        {
            yield return value;
        }
    }

    private static int? Int(Dictionary<string, string> form, string name) =>
        int.TryParse(form.GetValueOrDefault(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static Dictionary<string, string> Form(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .GroupBy(p => Decode(p[0]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Length == 2 ? Decode(g.Last()[1]) : "", StringComparer.Ordinal);

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
