using System.Xml.Linq;
using CostOps.Aws.Http;
using CostOps.Aws.Sns;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Contracts;

public sealed class SnsContractTests
{
    private readonly ServiceModel _model = BotocoreModels.Load("Sns");

    [Fact]
    public async Task Publish_QueryParameters_MapOntoPublishInputMembers()
    {
        var transport = new RecordingAwsTransport { QueryResponse = XDocument.Parse(ContractAssert.Fixture("Sns/Publish.xml")) };

        await new SnsClient(transport).PublishAsync(
            new()
            {
                TopicArn = "arn:aws:sns:eu-west-1:123456789012:costops-reports",
                Subject = "CostOps weekly report",
                Message = "ECS Fargate spend last week: $123.45",
                MessageAttributes = new Dictionary<string, MessageAttributeValue>
                {
                    ["kind"] = new() { DataType = "String", StringValue = "weekly-report" },
                    ["amount"] = new() { DataType = "Number", StringValue = "123.45" },
                },
            },
            default);

        var (service, action, parameters) = Assert.Single(transport.QueryCalls);
        Assert.Same(AwsServices.Sns, service);
        Assert.True(_model.TryGetOperation(action, out var operation));
        Assert.Equal(("POST", "/"), (operation.GetProperty("http").GetProperty("method").GetString(), operation.GetProperty("http").GetProperty("requestUri").GetString()));
        Assert.Equal(3 + (2 * 3), parameters.Count);
        ContractAssert.NoErrors(new QueryParameterValidator(_model).Validate(_model.InputShapeName(action), parameters), "Publish parameters");
    }

    [Fact]
    public void PublishFixture_ElementsAreMembersOfOutputShape()
    {
        var document = XDocument.Parse(ContractAssert.Fixture("Sns/Publish.xml"));
        var operation = _model.Operation("Publish").GetProperty("output");
        XNamespace ns = _model.MetadataString("xmlNamespace");
        var members = _model.Shape(operation.GetProperty("shape").GetString()!).GetProperty("members").EnumerateObject().Select(m => m.Name).ToHashSet();

        Assert.Equal(ns + "PublishResponse", document.Root!.Name);
        var result = document.Root.Element(ns + operation.GetProperty("resultWrapper").GetString()!);
        Assert.NotNull(result);
        Assert.All(result.Elements(), e => Assert.Contains(e.Name.LocalName, members));
        Assert.Equal("567910cd-659e-55d4-8ccb-5aaf14679dc0", SnsClient.ReadMessageId(document));
    }
}
