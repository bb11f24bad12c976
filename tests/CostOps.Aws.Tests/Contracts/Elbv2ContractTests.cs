using System.Xml.Linq;
using CostOps.Aws.ElasticLoadBalancing;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Contracts;

public sealed class Elbv2ContractTests
{
    private const string Rule = "arn:aws:elasticloadbalancing:us-west-2:123456789012:listener-rule/app/my-load-balancer/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee";
    private const string Group = "arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067";
    private const string Wake = "arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/costops-wake/0123456789abcdef";
    private readonly ServiceModel _model = BotocoreModels.Load("Elbv2");

    public static TheoryData<string> Operations => new(["DescribeListeners", "DescribeRules", "ModifyRule", "DescribeTargetGroups", "DescribeTargetHealth"]);

    [Fact]
    public async Task ModifyRule_WeightedForwardWithStickiness_ParametersMatchModifyRuleInput()
    {
        var transport = Transport("ModifyRule");
        var action = new RuleAction(RuleAction.Forward, Order: 1,
            TargetGroups: [new(Group, 80), new(Wake, 20)], StickinessEnabled: true, StickinessDurationSeconds: 3600);

        await new Elbv2Client(transport).ModifyRuleAsync(Rule, [action], default);

        AssertValid(transport, "ModifyRule", 1 + 2 + (2 * 2) + 2);
    }

    [Fact]
    public async Task ModifyRule_SimpleForward_ParametersMatchModifyRuleInput()
    {
        var transport = Transport("ModifyRule");

        await new Elbv2Client(transport).ModifyRuleAsync(Rule, [new RuleAction(RuleAction.Forward, Wake)], default);

        AssertValid(transport, "ModifyRule", 3);
    }

    [Fact]
    public async Task DescribeCalls_Parameters_MatchTheirInputShapes()
    {
        var rules = Transport("DescribeRules");
        await new Elbv2Client(rules).DescribeRulesAsync("arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/lb/1/2", default);
        AssertValid(rules, "DescribeRules", 1);

        var groups = Transport("DescribeTargetGroups");
        await new Elbv2Client(groups).DescribeTargetGroupsAsync([Group, Wake], default);
        AssertValid(groups, "DescribeTargetGroups", 2);

        var health = Transport("DescribeTargetHealth");
        await new Elbv2Client(health).DescribeTargetHealthAsync(Group, default);
        AssertValid(health, "DescribeTargetHealth", 1);

        var listeners = Transport("DescribeListeners");
        await new Elbv2Client(listeners).DescribeListenersAsync("arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/lb/1", default);
        AssertValid(listeners, "DescribeListeners", 1);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Fixture_ElementsAreMembersOfOutputShape(string operation)
    {
        var document = XDocument.Parse(ContractAssert.Fixture($"Elbv2/{operation}.xml"));
        var output = _model.Operation(operation).GetProperty("output");
        XNamespace ns = _model.MetadataString("xmlNamespace");

        Assert.Equal(ns + $"{operation}Response", document.Root!.Name);
        var result = document.Root.Element(ns + output.GetProperty("resultWrapper").GetString()!);
        Assert.NotNull(result);
        ContractAssert.NoErrors(new XmlShapeValidator(_model).Validate(output.GetProperty("shape").GetString()!, result), $"{operation} fixture");
    }

    [Fact]
    public void XmlShapeValidator_UnknownMember_IsReported()
    {
        var bad = XElement.Parse("<DescribeTargetHealthResult><TargetHealthDescriptions><member><Healthy>yes</Healthy></member></TargetHealthDescriptions></DescribeTargetHealthResult>");

        var errors = new XmlShapeValidator(_model).Validate("DescribeTargetHealthOutput", bad);

        Assert.Contains(errors, e => e.Contains("Healthy", StringComparison.Ordinal));
    }

    private static RecordingAwsTransport Transport(string operation) =>
        new() { QueryResponse = XDocument.Parse(ContractAssert.Fixture($"Elbv2/{operation}.xml")) };

    private void AssertValid(RecordingAwsTransport transport, string operation, int parameterCount)
    {
        var (service, action, parameters) = Assert.Single(transport.QueryCalls);
        Assert.Same(AwsServices.ElasticLoadBalancing, service);
        Assert.Equal(operation, action);
        Assert.True(_model.TryGetOperation(action, out var op));
        Assert.Equal("POST", op.GetProperty("http").GetProperty("method").GetString());
        Assert.Equal(parameterCount, parameters.Count);
        ContractAssert.NoErrors(new QueryParameterValidator(_model).Validate(_model.InputShapeName(action), parameters), $"{operation} parameters");
    }
}
