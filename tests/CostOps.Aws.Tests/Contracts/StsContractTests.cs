using System.Xml.Linq;
using CostOps.Aws.Http;
using CostOps.Aws.Sts;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Contracts;

public sealed class StsContractTests
{
    private readonly ServiceModel _model = BotocoreModels.Load("Sts");

    [Fact]
    public async Task AssumeRole_QueryParameters_MapOntoAssumeRoleRequestMembers()
    {
        var transport = new RecordingAwsTransport { QueryResponse = XDocument.Parse(ContractAssert.Fixture("Sts/AssumeRole.xml")) };

        await new StsClient(transport).AssumeRoleAsync(
            new() { RoleArn = "arn:aws:iam::111111111111:role/costops-member", RoleSessionName = "costops-scheduler", ExternalId = "costops:hub/ab12", DurationSeconds = 3600 },
            default);

        var (service, action, parameters) = Assert.Single(transport.QueryCalls);
        Assert.Same(AwsServices.Sts, service);
        Assert.True(_model.TryGetOperation(action, out var operation));
        Assert.Equal(("POST", "/"), (operation.GetProperty("http").GetProperty("method").GetString(), operation.GetProperty("http").GetProperty("requestUri").GetString()));
        Assert.Equal(["RoleArn", "RoleSessionName", "ExternalId", "DurationSeconds"], parameters.Select(p => p.Key));
        ContractAssert.NoErrors(new QueryParameterValidator(_model).Validate(_model.InputShapeName(action), parameters), "AssumeRole parameters");
    }

    [Fact]
    public void AssumeRoleFixture_ElementsAreMembersOfOutputShape_AndReadAsTheCredentials()
    {
        var document = XDocument.Parse(ContractAssert.Fixture("Sts/AssumeRole.xml"));
        var output = _model.Operation("AssumeRole").GetProperty("output");
        XNamespace ns = _model.MetadataString("xmlNamespace");
        var errors = new List<string>();

        Assert.Equal(StsClient.ResponseNamespace, ns);
        Assert.Equal(ns + "AssumeRoleResponse", document.Root!.Name);
        CloudWatchContractTests.CheckElement(_model, document.Root.Element(ns + output.GetProperty("resultWrapper").GetString()!)!, output.GetProperty("shape").GetString()!, ns, errors);
        ContractAssert.NoErrors(errors, "AssumeRole response fixture");
        var role = StsClient.ReadAssumedRole(document, "arn:aws:iam::111111111111:role/costops-member");
        Assert.Equal(("ASIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"), (role.AccessKeyId, role.SecretAccessKey));
        Assert.StartsWith("IQoJb3JpZ2luX2Vj", role.SessionToken, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero), role.Expiration);
        Assert.Equal("arn:aws:sts::111111111111:assumed-role/costops-member/costops-scheduler", role.AssumedRoleArn);
    }

    [Fact]
    public void AssumeRoleRules_Limits_AreTheModelsConstraints()
    {
        var session = _model.Shape("roleSessionNameType");
        var external = _model.Shape("externalIdType");
        var duration = _model.Shape("roleDurationSecondsType");

        Assert.Equal((2, AssumeRoleRules.MaxSessionNameLength), (session.GetProperty("min").GetInt32(), session.GetProperty("max").GetInt32()));
        Assert.Equal(@"[\w+=,.@-]*", session.GetProperty("pattern").GetString());
        Assert.Equal((2, 1224), (external.GetProperty("min").GetInt32(), external.GetProperty("max").GetInt32()));
        Assert.Equal(@"[\w+=,.@:\/-]*", external.GetProperty("pattern").GetString());
        Assert.Equal((AssumeRoleRules.MinDurationSeconds, AssumeRoleRules.MaxDurationSeconds), (duration.GetProperty("min").GetInt32(), duration.GetProperty("max").GetInt32()));
    }
}
