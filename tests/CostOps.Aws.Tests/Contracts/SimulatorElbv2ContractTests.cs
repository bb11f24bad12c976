using System.Xml.Linq;
using CostOps.Simulator;

namespace CostOps.Aws.Tests.Contracts;

/// <summary>Every Elastic Load Balancing answer of the simulated account matches the operation's output shape in the official model.</summary>
public sealed class SimulatorElbv2ContractTests
{
    private readonly ServiceModel _model = BotocoreModels.Load("Elbv2");

    public static TheoryData<string> Operations => new(["DescribeListeners", "DescribeRules", "ModifyRule", "DescribeTargetGroups", "DescribeTargetHealth"]);

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Answer_ValidRequest_MatchesTheOutputShape(string operation)
    {
        var account = new SimulatedAccount();
        account.AddCluster("dev");
        var web = account.AddService("dev", "web", 2);
        var listener = account.LoadBalancing.AddLoadBalancer("dev-alb");
        var balancer = account.LoadBalancing.Listeners.Single().LoadBalancerArn!;
        var group = account.LoadBalancing.AddTargetGroup("dev-web", balancer, web);
        var wake = account.LoadBalancing.AddLambdaTargetGroup("costops-wake");
        var rule = account.LoadBalancing.AddRule(listener, 10, "web.dev.example.com", group);
        var parameters = operation switch
        {
            "DescribeListeners" => $"LoadBalancerArn={Uri.EscapeDataString(balancer)}",
            "DescribeRules" => $"ListenerArn={Uri.EscapeDataString(listener)}",
            "ModifyRule" => $"RuleArn={Uri.EscapeDataString(rule)}&Actions.member.1.Type=forward&Actions.member.1.ForwardConfig.TargetGroups.member.1.TargetGroupArn={Uri.EscapeDataString(wake)}&Actions.member.1.ForwardConfig.TargetGroups.member.1.Weight=1",
            "DescribeTargetGroups" => $"TargetGroupArns.member.1={Uri.EscapeDataString(group)}&TargetGroupArns.member.2={Uri.EscapeDataString(wake)}",
            _ => $"TargetGroupArn={Uri.EscapeDataString(group)}",
        };
        using var http = new HttpClient(new SimulatorHandler(account));
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://aws.simulator.local/")
        {
            Content = new StringContent($"Action={operation}&Version=2015-12-01&{parameters}", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20260105/us-west-2/elasticloadbalancing/aws4_request, SignedHeaders=host, Signature=0");

        using var response = await http.SendAsync(request);
        var xml = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, xml);
        var document = XDocument.Parse(xml);
        var output = _model.Operation(operation).GetProperty("output");
        XNamespace ns = _model.MetadataString("xmlNamespace");
        Assert.Equal(ns + $"{operation}Response", document.Root!.Name);
        var result = document.Root.Element(ns + output.GetProperty("resultWrapper").GetString()!);
        Assert.NotNull(result);
        Assert.NotEmpty(result.Elements().Single().Elements());
        ContractAssert.NoErrors(new XmlShapeValidator(_model).Validate(output.GetProperty("shape").GetString()!, result), $"simulated {operation}");
    }

    [Fact]
    public async Task Answer_UnknownRule_IsAnElbErrorResponse()
    {
        using var http = new HttpClient(new SimulatorHandler(new SimulatedAccount()));
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://aws.simulator.local/")
        {
            Content = new StringContent("Action=ModifyRule&RuleArn=arn%3Anope&Actions.member.1.Type=forward&Actions.member.1.TargetGroupArn=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20260105/us-west-2/elasticloadbalancing/aws4_request, SignedHeaders=host, Signature=0");

        using var response = await http.SendAsync(request);
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ErrorResponse", root.Name.LocalName);
        Assert.Contains("RuleNotFound", root.ToString(), StringComparison.Ordinal);
    }
}
