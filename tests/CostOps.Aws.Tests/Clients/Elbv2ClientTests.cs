using System.Net;
using CostOps.Aws.ElasticLoadBalancing;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Contracts;
using CostOps.Aws.Tests.Http;

namespace CostOps.Aws.Tests.Clients;

/// <summary>The ELBv2 client over the real transport: form bodies on the wire, XML answers read back.</summary>
public sealed class Elbv2ClientTests
{
    private const string Ns = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";
    private const string Listener = "arn:aws:elasticloadbalancing:eu-west-1:1:listener/app/lb/50dc/f2f7";
    private const string Group = "arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067";
    private const string Wake = "arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/costops-wake/abc";
    private readonly TransportFixture _fixture = new();

    private Elbv2Client Client => new(_fixture.Transport);

    [Fact]
    public async Task DescribeRulesAsync_Fixture_ReadsForwardActionAndDefaultRule()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Elbv2/DescribeRules.xml"));

        var rules = await Client.DescribeRulesAsync(Listener, default);

        Assert.Equal(2, rules.Count);
        var forward = Assert.Single(rules[0].Actions);
        Assert.Equal(("forward", Group, 1), (forward.Type, forward.TargetGroupArn, forward.Order));
        Assert.Equal([new TargetGroupTuple(Group, 1)], forward.TargetGroups!);
        Assert.False(forward.StickinessEnabled);
        Assert.Equal(("10", false), (rules[0].Priority, rules[0].IsDefault));
        var condition = Assert.Single(rules[0].Conditions);
        Assert.Equal("path-pattern", condition.Field);
        Assert.Equal(["/img/*"], condition.Values);
        Assert.True(rules[1].IsDefault);
        Assert.Equal("fixed-response", Assert.Single(rules[1].Actions).Type);
        var request = Assert.Single(_fixture.Handler.Requests);
        Assert.Equal(new Uri("https://elasticloadbalancing.eu-west-1.amazonaws.com/"), request.Uri);
        Assert.Equal("Action=DescribeRules&Version=2015-12-01&ListenerArn=" + Uri.EscapeDataString(Listener), request.Body);
        Assert.Contains("/eu-west-1/elasticloadbalancing/aws4_request", request.Headers["authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeRulesAsync_TwoPages_FollowsNextMarker()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.OK, RulesPage("r1", "page-2"))
            .Respond(HttpStatusCode.OK, RulesPage("r2", null));

        var rules = await Client.DescribeRulesAsync(Listener, default);

        Assert.Equal(["r1", "r2"], rules.Select(r => r.RuleArn));
        Assert.EndsWith("&Marker=page-2", _fixture.Handler.Requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModifyRuleAsync_WeightedForward_SendsFormParametersAndReadsRuleBack()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Elbv2/ModifyRule.xml"));

        var rule = await Client.ModifyRuleAsync("rule-1",
            [new RuleAction(RuleAction.Forward, Order: 1, TargetGroups: [new(Group, 100)], StickinessEnabled: true, StickinessDurationSeconds: 60)], default);

        Assert.Equal(Wake.Replace("eu-west-1:1:", "us-west-2:123456789012:", StringComparison.Ordinal).Replace("/abc", "/0123456789abcdef", StringComparison.Ordinal),
            Assert.Single(rule.Actions).TargetGroupArn);
        Assert.Equal(
            "Action=ModifyRule&Version=2015-12-01&RuleArn=rule-1&Actions.member.1.Type=forward&Actions.member.1.Order=1"
            + "&Actions.member.1.ForwardConfig.TargetGroups.member.1.TargetGroupArn=" + Uri.EscapeDataString(Group)
            + "&Actions.member.1.ForwardConfig.TargetGroups.member.1.Weight=100"
            + "&Actions.member.1.ForwardConfig.TargetGroupStickinessConfig.Enabled=true"
            + "&Actions.member.1.ForwardConfig.TargetGroupStickinessConfig.DurationSeconds=60",
            Assert.Single(_fixture.Handler.Requests).Body);
    }

    [Fact]
    public async Task ModifyRuleAsync_NonForwardAction_ThrowsWithoutCalling()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.ModifyRuleAsync("rule-1", [new RuleAction("redirect")], default));

        Assert.Contains("only forward actions", error.Message, StringComparison.Ordinal);
        Assert.Empty(_fixture.Handler.Requests);
    }

    [Fact]
    public async Task DescribeTargetGroupsAsync_TwentyOneArns_SplitsIntoTwoCalls()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.OK, ContractAssert.Fixture("Elbv2/DescribeTargetGroups.xml"))
            .Respond(HttpStatusCode.OK, $"""<DescribeTargetGroupsResponse xmlns="{Ns}"><DescribeTargetGroupsResult><TargetGroups/></DescribeTargetGroupsResult></DescribeTargetGroupsResponse>""");

        var groups = await Client.DescribeTargetGroupsAsync([.. Enumerable.Range(0, 21).Select(i => $"tg-{i}")], default);

        var group = Assert.Single(groups);
        Assert.Equal(("ip", 10, 2), (group.TargetType, group.HealthCheckIntervalSeconds, group.HealthyThresholdCount));
        Assert.Single(group.LoadBalancerArns);
        Assert.Equal(2, _fixture.Handler.Requests.Count);
        Assert.Contains("TargetGroupArns.member.20=tg-19", _fixture.Handler.Requests[0].Body, StringComparison.Ordinal);
        Assert.EndsWith("TargetGroupArns.member.1=tg-20", _fixture.Handler.Requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeTargetHealthAsync_Fixture_ReadsStatesAndReasons()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Elbv2/DescribeTargetHealth.xml"));

        var health = await Client.DescribeTargetHealthAsync(Group, default);

        Assert.Equal(
            [new TargetHealthDescription("10.0.1.23", 80, "healthy", null, null),
             new TargetHealthDescription("10.0.2.41", 80, "initial", "Elb.InitialHealthChecking", "Initial health checks in progress")],
            health);
    }

    [Fact]
    public async Task DescribeListenersAsync_Fixture_ReadsListenerArn()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Elbv2/DescribeListeners.xml"));

        var listener = Assert.Single(await Client.DescribeListenersAsync("lb-1", default));

        Assert.Equal((80, "HTTP"), (listener.Port, listener.Protocol));
        Assert.EndsWith("listener/app/my-load-balancer/50dc6c495c0c9188/f2f7dc8efc522ab2", listener.ListenerArn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeTargetHealthAsync_ErrorAnswer_ThrowsServiceExceptionWithCode()
    {
        _fixture.Handler.Respond(HttpStatusCode.BadRequest,
            $"""<ErrorResponse xmlns="{Ns}"><Error><Type>Sender</Type><Code>TargetGroupNotFound</Code><Message>One or more target groups not found</Message></Error><RequestId>r-1</RequestId></ErrorResponse>""");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client.DescribeTargetHealthAsync(Group, default));

        Assert.Equal("TargetGroupNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task DescribeRulesAsync_AnswerWithoutResult_ThrowsNamingTheAction()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, $"""<DescribeRulesResponse xmlns="{Ns}"/>""");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Client.DescribeRulesAsync(Listener, default));

        Assert.Contains("DescribeRulesResult", error.Message, StringComparison.Ordinal);
    }

    private static string RulesPage(string rule, string? marker) =>
        $"""<DescribeRulesResponse xmlns="{Ns}"><DescribeRulesResult><Rules><member><RuleArn>{rule}</RuleArn><Priority>1</Priority><IsDefault>false</IsDefault><Actions/></member></Rules>{(marker is null ? "" : $"<NextMarker>{marker}</NextMarker>")}</DescribeRulesResult></DescribeRulesResponse>""";
}
