using System.Globalization;
using System.Xml.Linq;
using CostOps.Aws.CloudWatch;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Contracts;

public sealed class CloudWatchContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    private readonly ServiceModel _model = BotocoreModels.Load("CloudWatch");

    [Fact]
    public async Task GetMetricData_QueryParameters_MapOntoInputMembers()
    {
        var transport = new RecordingAwsTransport { QueryResponse = XDocument.Parse(ContractAssert.Fixture("CloudWatch/GetMetricData.xml")) };

        await new CloudWatchClient(transport).GetMetricDataAsync(
            new()
            {
                MetricDataQueries = [Query("cpu0", "CPUUtilization", "Maximum"), Query("mem0", "MemoryUtilization", "Average") with { Label = "api memory" }],
                StartTime = Start,
                EndTime = Start.AddDays(14),
                NextToken = "page-2",
                ScanBy = "TimestampAscending",
            },
            default);

        var (service, action, parameters) = Assert.Single(transport.QueryCalls);
        Assert.Same(AwsServices.CloudWatch, service);
        Assert.True(_model.TryGetOperation(action, out var operation));
        Assert.Equal(("POST", "/"), (operation.GetProperty("http").GetProperty("method").GetString(), operation.GetProperty("http").GetProperty("requestUri").GetString()));
        Assert.Equal((2 * 9) + 1 + 4, parameters.Count);
        ContractAssert.NoErrors(new QueryParameterValidator(_model).Validate(_model.InputShapeName(action), parameters), "GetMetricData parameters");
        Assert.All(
            parameters.Where(p => p.Key is "StartTime" or "EndTime"),
            p => Assert.True(DateTimeOffset.TryParseExact(p.Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _), p.Value));
    }

    [Fact]
    public void GetMetricDataFixture_ElementsWalkTheOutputShape()
    {
        var document = XDocument.Parse(ContractAssert.Fixture("CloudWatch/GetMetricData.xml"));
        var operation = _model.Operation("GetMetricData").GetProperty("output");
        XNamespace ns = _model.MetadataString("xmlNamespace");

        Assert.Equal(ns + "GetMetricDataResponse", document.Root!.Name);
        var result = document.Root.Element(ns + operation.GetProperty("resultWrapper").GetString()!);
        Assert.NotNull(result);
        var errors = new List<string>();
        CheckElement(_model, result, operation.GetProperty("shape").GetString()!, ns, errors);
        ContractAssert.NoErrors(errors, "GetMetricData response fixture");
    }

    [Fact]
    public void GetMetricDataFixture_Reads_PointsStatusesAndToken()
    {
        var response = MetricDataXmlReader.Read(XDocument.Parse(ContractAssert.Fixture("CloudWatch/GetMetricData.xml")));

        Assert.Equal(["cpu0", "mem0"], response.MetricDataResults.Select(r => r.Id));
        Assert.Equal([12.5, 31.25], response.MetricDataResults[0].Values);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), response.MetricDataResults[0].Timestamps[1]);
        Assert.Equal(("Complete", "PartialData"), (response.MetricDataResults[0].StatusCode, response.MetricDataResults[1].StatusCode));
        Assert.Equal("page-2-token", response.NextToken);
    }

    private static MetricDataQuery Query(string id, string metric, string stat) => new()
    {
        Id = id,
        MetricStat = new()
        {
            Metric = new() { Namespace = "AWS/ECS", MetricName = metric, Dimensions = [new("ClusterName", "prod"), new("ServiceName", "api")] },
            Period = 3600,
            Stat = stat,
        },
    };

    /// <summary>Every child element is a member of the structure, list items are <c>member</c>, scalars parse as their type.</summary>
    internal static void CheckElement(ServiceModel model, XElement element, string shapeName, XNamespace ns, List<string> errors)
    {
        var shape = model.Shape(shapeName);
        switch (shape.GetProperty("type").GetString())
        {
            case "structure":
                var members = shape.GetProperty("members");
                foreach (var child in element.Elements())
                {
                    if (child.Name.Namespace != ns || !members.TryGetProperty(child.Name.LocalName, out var member))
                    {
                        errors.Add($"{element.Name.LocalName}/{child.Name.LocalName} is not a member of {shapeName}");
                        continue;
                    }

                    CheckElement(model, child, member.GetProperty("shape").GetString()!, ns, errors);
                }

                break;
            case "list":
                foreach (var child in element.Elements())
                {
                    if (child.Name.LocalName != "member")
                    {
                        errors.Add($"{element.Name.LocalName}/{child.Name.LocalName}: list {shapeName} items are 'member'");
                        continue;
                    }

                    CheckElement(model, child, shape.GetProperty("member").GetProperty("shape").GetString()!, ns, errors);
                }

                break;
            case "double":
                if (!double.TryParse(element.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    errors.Add($"{element.Name.LocalName}: '{element.Value}' is not a double");
                }

                break;
            case "timestamp":
                if (!DateTimeOffset.TryParse(element.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
                {
                    errors.Add($"{element.Name.LocalName}: '{element.Value}' is not a timestamp");
                }

                break;
            case "string" when shape.TryGetProperty("enum", out var values):
                if (values.EnumerateArray().All(v => v.GetString() != element.Value))
                {
                    errors.Add($"{element.Name.LocalName}: '{element.Value}' is not in {shapeName}");
                }

                break;
        }
    }
}
