using System.Text;
using System.Xml.Linq;
using CostOps.Simulator;

namespace CostOps.Aws.Tests.Contracts;

/// <summary>The simulated organisation's STS and Organizations answers match the operations' output shapes in the official models.</summary>
public sealed class SimulatorOrganizationContractTests
{
    private const string HubKey = SimulatedAws.AccessKeyId;

    [Theory]
    [InlineData("ListAccountsForParent", """{"ParentId":"r-root"}""")]
    [InlineData("ListAccountsForParent", """{"ParentId":"ou-ab12-workload","MaxResults":1}""")]
    [InlineData("ListOrganizationalUnitsForParent", """{"ParentId":"r-root"}""")]
    public async Task Organizations_Answer_MatchesTheOutputShape(string operation, string body)
    {
        var organization = Organization();
        using var http = new HttpClient(organization.Handler);
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://aws.simulator.local/") { Content = new StringContent(body, Encoding.UTF8) };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", $"AWSOrganizationsV20161128.{operation}");
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential={HubKey}/20260303/us-east-1/organizations/aws4_request, SignedHeaders=host, Signature=0");

        using var response = await http.SendAsync(request);
        var json = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, json);
        Assert.Contains("\"Id\"", json, StringComparison.Ordinal);
        ContractAssert.OutputMatchesModel(BotocoreModels.Load("Organizations"), operation, json);
    }

    [Fact]
    public async Task Sts_AssumeRoleAnswer_WalksTheOutputShape()
    {
        var organization = Organization();
        using var http = new HttpClient(organization.Handler);
        const string form = "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2Fcostops-member&RoleSessionName=costops-scheduler&DurationSeconds=900";
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://aws.simulator.local/") { Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential={HubKey}/20260303/us-west-2/sts/aws4_request, SignedHeaders=host, Signature=0");

        using var response = await http.SendAsync(request);
        var xml = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, xml);
        var model = BotocoreModels.Load("Sts");
        var document = XDocument.Parse(xml);
        XNamespace ns = model.MetadataString("xmlNamespace");
        var output = model.Operation("AssumeRole").GetProperty("output");
        Assert.Equal(ns + "AssumeRoleResponse", document.Root!.Name);
        var errors = new List<string>();
        CloudWatchContractTests.CheckElement(model, document.Root.Element(ns + output.GetProperty("resultWrapper").GetString()!)!, output.GetProperty("shape").GetString()!, ns, errors);
        ContractAssert.NoErrors(errors, "simulated AssumeRole answer");
        var role = CostOps.Aws.Sts.StsClient.ReadAssumedRole(document, "arn:aws:iam::111111111111:role/costops-member");
        Assert.StartsWith("ASIA111111111111", role.AccessKeyId, StringComparison.Ordinal);
        Assert.InRange(role.AccessKeyId.Length, model.Shape("accessKeyIdType").GetProperty("min").GetInt32(), model.Shape("accessKeyIdType").GetProperty("max").GetInt32());
    }

    private static SimulatedOrganization Organization()
    {
        var organization = new SimulatedOrganization();
        organization.AddAccount("111111111111", "eu-west-1");
        organization.AddOrganizationalUnit("ou-ab12-workload", "222222222222", "333333333333");
        return organization;
    }
}
