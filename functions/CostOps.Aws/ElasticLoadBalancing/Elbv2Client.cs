using System.Globalization;
using CostOps.Aws.Http;

namespace CostOps.Aws.ElasticLoadBalancing;

/// <summary>Elastic Load Balancing v2 over the Query protocol: form parameters in (lists as <c>Name.member.N</c>), XML out.</summary>
public sealed class Elbv2Client(IAwsTransport transport) : IElbv2Client
{
    /// <summary>DescribeTargetGroups takes at most 20 ARNs per call.</summary>
    internal const int MaxTargetGroupsPerCall = 20;

    /// <summary>A guard against a service that keeps answering with a marker: no listener has this many pages of rules.</summary>
    private const int MaxPages = 100;

    private readonly IAwsTransport _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    public async Task<IReadOnlyList<Listener>> DescribeListenersAsync(string loadBalancerArn, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(loadBalancerArn);
        var all = new List<Listener>();
        await PagesAsync("DescribeListeners", [new("LoadBalancerArn", loadBalancerArn)], "Listeners",
            m => all.Add(Elbv2Xml.ReadListener(m)), cancellationToken).ConfigureAwait(false);
        return all;
    }

    public async Task<IReadOnlyList<ListenerRule>> DescribeRulesAsync(string listenerArn, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(listenerArn);
        var all = new List<ListenerRule>();
        await PagesAsync("DescribeRules", [new("ListenerArn", listenerArn)], "Rules",
            m => all.Add(Elbv2Xml.ReadRule(m)), cancellationToken).ConfigureAwait(false);
        return all;
    }

    public async Task<ListenerRule> ModifyRuleAsync(string ruleArn, IReadOnlyList<RuleAction> actions, CancellationToken cancellationToken)
    {
        var parameters = BuildModifyRuleParameters(ruleArn, actions);
        var document = await _transport.InvokeQueryAsync(AwsServices.ElasticLoadBalancing, "ModifyRule", parameters, cancellationToken).ConfigureAwait(false);
        var rule = Elbv2Xml.Members(Elbv2Xml.Result(document, "ModifyRule"), "Rules").FirstOrDefault();
        return rule is null
            ? throw new InvalidDataException($"ELBv2 ModifyRule of {ruleArn} answered without the modified rule; read the rule again to see its actions.")
            : Elbv2Xml.ReadRule(rule);
    }

    public async Task<IReadOnlyList<TargetGroup>> DescribeTargetGroupsAsync(IReadOnlyList<string> targetGroupArns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targetGroupArns);
        var all = new List<TargetGroup>();
        foreach (var chunk in targetGroupArns.Distinct(StringComparer.Ordinal).Chunk(MaxTargetGroupsPerCall))
        {
            var parameters = chunk.Select((arn, i) => new KeyValuePair<string, string>(Member("TargetGroupArns", i), arn)).ToList();
            var document = await _transport.InvokeQueryAsync(AwsServices.ElasticLoadBalancing, "DescribeTargetGroups", parameters, cancellationToken).ConfigureAwait(false);
            all.AddRange(Elbv2Xml.Members(Elbv2Xml.Result(document, "DescribeTargetGroups"), "TargetGroups").Select(Elbv2Xml.ReadTargetGroup));
        }

        return all;
    }

    public async Task<IReadOnlyList<TargetHealthDescription>> DescribeTargetHealthAsync(string targetGroupArn, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(targetGroupArn);
        var document = await _transport.InvokeQueryAsync(AwsServices.ElasticLoadBalancing, "DescribeTargetHealth",
            [new("TargetGroupArn", targetGroupArn)], cancellationToken).ConfigureAwait(false);
        return [.. Elbv2Xml.Members(Elbv2Xml.Result(document, "DescribeTargetHealth"), "TargetHealthDescriptions").Select(Elbv2Xml.ReadTargetHealth)];
    }

    /// <summary>Query serialisation of ModifyRule's actions: <c>Actions.member.N.Type</c>, <c>.ForwardConfig.TargetGroups.member.M.TargetGroupArn</c>, N and M from 1.</summary>
    internal static IReadOnlyList<KeyValuePair<string, string>> BuildModifyRuleParameters(string ruleArn, IReadOnlyList<RuleAction> actions)
    {
        ArgumentException.ThrowIfNullOrEmpty(ruleArn);
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0 || actions.Any(a => a.Type != RuleAction.Forward))
        {
            throw new ArgumentException(
                $"ELBv2 ModifyRule of {ruleArn}: CostOps writes only forward actions, got [{string.Join(", ", actions.Select(a => a.Type))}].", nameof(actions));
        }

        var parameters = new List<KeyValuePair<string, string>> { new("RuleArn", ruleArn) };
        for (var i = 0; i < actions.Count; i++)
        {
            var a = actions[i];
            var prefix = Member("Actions", i) + ".";
            parameters.Add(new(prefix + "Type", a.Type));
            if (a.TargetGroupArn is not null)
            {
                parameters.Add(new(prefix + "TargetGroupArn", a.TargetGroupArn));
            }

            if (a.Order is { } order)
            {
                parameters.Add(new(prefix + "Order", Number(order)));
            }

            var groups = a.TargetGroups ?? [];
            for (var j = 0; j < groups.Count; j++)
            {
                var tuple = Member(prefix + "ForwardConfig.TargetGroups", j) + ".";
                parameters.Add(new(tuple + "TargetGroupArn", groups[j].TargetGroupArn));
                if (groups[j].Weight is { } weight)
                {
                    parameters.Add(new(tuple + "Weight", Number(weight)));
                }
            }

            if (a.StickinessEnabled is { } enabled)
            {
                parameters.Add(new(prefix + "ForwardConfig.TargetGroupStickinessConfig.Enabled", enabled ? "true" : "false"));
                if (a.StickinessDurationSeconds is { } seconds)
                {
                    parameters.Add(new(prefix + "ForwardConfig.TargetGroupStickinessConfig.DurationSeconds", Number(seconds)));
                }
            }
        }

        return parameters;
    }

    private async Task PagesAsync(string action, List<KeyValuePair<string, string>> parameters, string listName,
        Action<System.Xml.Linq.XElement> read, CancellationToken cancellationToken)
    {
        string? marker = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var sent = marker is null ? parameters : [.. parameters, new("Marker", marker)];
            var document = await _transport.InvokeQueryAsync(AwsServices.ElasticLoadBalancing, action, sent, cancellationToken).ConfigureAwait(false);
            var result = Elbv2Xml.Result(document, action);
            foreach (var member in Elbv2Xml.Members(result, listName))
            {
                read(member);
            }

            marker = Elbv2Xml.Text(result, "NextMarker");
            if (string.IsNullOrEmpty(marker))
            {
                return;
            }
        }

        throw new InvalidDataException($"ELBv2 {action} still returned a NextMarker after {MaxPages} pages; stopped reading.");
    }

    private static string Member(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}.member.{index + 1}");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
