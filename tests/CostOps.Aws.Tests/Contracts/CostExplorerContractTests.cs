using System.Text.Json;
using CostOps.Aws.CostExplorer;
using CostOps.Aws.Http;
using CostOps.Aws.Json;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Contracts;

public sealed class CostExplorerContractTests
{
    private static readonly Expression EcsInProd = new()
    {
        And =
        [
            new() { Dimensions = new() { Key = "SERVICE", Values = ["Amazon Elastic Container Service"], MatchOptions = ["EQUALS"] } },
            new() { Not = new() { Tags = new() { Key = "Environment", Values = ["Test"] } } },
        ],
    };

    private readonly ServiceModel _model = BotocoreModels.Load("CostExplorer");

    [Fact]
    public async Task GetCostAndUsage_Request_ValidatesAgainstInputShape()
    {
        var transport = new RecordingAwsTransport();

        await new CostExplorerClient(transport).GetCostAndUsageAsync(
            new()
            {
                TimePeriod = new() { Start = "2026-02-23", End = "2026-03-02" },
                Granularity = "DAILY",
                Metrics = ["UnblendedCost", "UsageQuantity"],
                GroupBy = [new() { Type = "DIMENSION", Key = "SERVICE" }, new() { Type = "TAG", Key = "costops:team" }],
                Filter = EcsInProd,
                NextPageToken = "page-2",
            },
            default);

        ContractAssert.JsonRequestMatchesModel(_model, AwsServices.CostExplorer, "GetCostAndUsage", Assert.Single(transport.JsonCalls));
    }

    [Fact]
    public async Task GetCostAndUsage_ByServiceAndUsageTypeRequest_ValidatesAgainstInputShape()
    {
        var transport = new RecordingAwsTransport();

        await new CostOps.Aws.Adapters.CostExplorerDataReader(new CostExplorerClient(transport))
            .DailyByServiceAndUsageTypeAsync(new(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 23), "UnblendedCost"), default);

        var call = Assert.Single(transport.JsonCalls);
        ContractAssert.JsonRequestMatchesModel(_model, AwsServices.CostExplorer, "GetCostAndUsage", call);
    }

    [Fact]
    public async Task GetCostAndUsage_ByTagAndLinkedAccountRequest_ValidatesAgainstInputShape()
    {
        var transport = new RecordingAwsTransport();

        await new CostOps.Aws.Adapters.CostExplorerDataReader(new CostExplorerClient(transport))
            .DailyByTagAndAccountAsync(new(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 23), "UnblendedCost"), "Environment", default);

        var call = Assert.Single(transport.JsonCalls);
        ContractAssert.JsonRequestMatchesModel(_model, AwsServices.CostExplorer, "GetCostAndUsage", call);
    }

    [Fact]
    public async Task GetCostAndUsage_MonthToDateByServiceAndLinkedAccountRequest_ValidatesAgainstInputShape()
    {
        var transport = new RecordingAwsTransport();

        await new CostOps.Aws.Adapters.CostExplorerDataReader(new CostExplorerClient(transport))
            .MonthToDateByServiceAndAccountAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 23), default);

        ContractAssert.JsonRequestMatchesModel(_model, AwsServices.CostExplorer, "GetCostAndUsage", Assert.Single(transport.JsonCalls));
    }

    [Fact]
    public void GetCostAndUsageByTagAndAccountFixture_ValidatesAgainstOutputShapeAndDeserializesTheAccountNames()
    {
        var json = ContractAssert.Fixture("CostExplorer/GetCostAndUsageByTagAndAccount.json");

        ContractAssert.OutputMatchesModel(_model, "GetCostAndUsage", json);
        var response = JsonSerializer.Deserialize(json, AwsJsonContext.Default.GetCostAndUsageResponse)!;
        Assert.Equal(
            [("111111111111", "prod-workloads"), ("222222222222", "shared-services")],
            response.DimensionValueAttributes!.Select(a => (a.Value, a.Attributes!["description"])));
    }

    [Fact]
    public async Task GetCostForecast_Request_ValidatesAgainstInputShape()
    {
        var transport = new RecordingAwsTransport();

        await new CostExplorerClient(transport).GetCostForecastAsync(
            new()
            {
                TimePeriod = new() { Start = "2026-03-02", End = "2026-04-01" },
                Metric = "UNBLENDED_COST",
                Granularity = "MONTHLY",
                Filter = EcsInProd,
                PredictionIntervalLevel = 80,
            },
            default);

        ContractAssert.JsonRequestMatchesModel(_model, AwsServices.CostExplorer, "GetCostForecast", Assert.Single(transport.JsonCalls));
    }

    [Fact]
    public async Task GetAnomalies_Request_ValidatesAgainstInputShape()
    {
        var transport = new RecordingAwsTransport();

        await new CostExplorerClient(transport).GetAnomaliesAsync(
            new()
            {
                MonitorArn = "arn:aws:ce::123456789012:anomalymonitor/0f9e8d7c-1234-5678-9abc-def012345678",
                DateInterval = new() { StartDate = "2026-11-23", EndDate = "2026-11-30" },
                TotalImpact = new() { NumericOperator = "GREATER_THAN_OR_EQUAL", StartValue = 10 },
                NextPageToken = "page-2",
                MaxResults = 100,
            },
            default);

        ContractAssert.JsonRequestMatchesModel(_model, AwsServices.CostExplorer, "GetAnomalies", Assert.Single(transport.JsonCalls));
    }

    [Fact]
    public void GetAnomaliesFixture_Deserializes_ImpactRootCausesAndToken()
    {
        var response = JsonSerializer.Deserialize(ContractAssert.Fixture("CostExplorer/GetAnomalies.json"), AwsJsonContext.Default.GetAnomaliesResponse)!;

        var anomaly = Assert.Single(response.Anomalies!);
        Assert.Equal(("2026-11-25", "2026-11-27", "Amazon Elastic Container Service"), (anomaly.AnomalyStartDate, anomaly.AnomalyEndDate, anomaly.DimensionValue));
        Assert.Equal((61.2, 148.75, (double?)null), (anomaly.Impact!.MaxImpact, anomaly.Impact.TotalImpact, anomaly.Impact.TotalImpactPercentage));
        Assert.Equal(["EUW1-Fargate-vCPU-Hours:perCPU", "EUW1-Fargate-GB-Hours"], anomaly.RootCauses!.Select(r => r.UsageType));
        Assert.Equal("eyJwYWdlIjoyfQ", response.NextPageToken);
    }

    [Theory]
    [InlineData("GetAnomalies")]
    [InlineData("GetCostAndUsage")]
    [InlineData("GetCostForecast")]
    public void ResponseFixture_ValidatesAgainstOutputShape(string operation) =>
        ContractAssert.OutputMatchesModel(_model, operation, ContractAssert.Fixture($"CostExplorer/{operation}.json"));

    [Fact]
    public void GetCostAndUsageFixture_Deserializes_GroupsWithStringAmounts()
    {
        var response = JsonSerializer.Deserialize(ContractAssert.Fixture("CostExplorer/GetCostAndUsage.json"), AwsJsonContext.Default.GetCostAndUsageResponse)!;

        var result = Assert.Single(response.ResultsByTime!);
        Assert.Equal(("2017-09-01", "2017-10-01"), (result.TimePeriod!.Start, result.TimePeriod.End));
        Assert.Empty(result.Total!);
        Assert.False(result.Estimated);
        Assert.Equal(2, result.Groups!.Count);
        Assert.Equal(["Amazon Elastic Container Service", "Environment$Prod"], result.Groups[0].Keys);
        Assert.Equal(new MetricValue { Amount = "39.1603300457", Unit = "USD" }, result.Groups[0].Metrics!["UnblendedCost"]);
        Assert.Equal("N/A", result.Groups[1].Metrics!["UsageQuantity"].Unit);
        Assert.Equal(["SERVICE", "Environment"], response.GroupDefinitions!.Select(g => g.Key));
        Assert.Equal("AAMA-EFRSURBSGhtNlhZaGVTUWJ", response.NextPageToken);
    }

    [Fact]
    public void GetCostForecastFixture_Deserializes_TotalAndBounds()
    {
        var response = JsonSerializer.Deserialize(ContractAssert.Fixture("CostExplorer/GetCostForecast.json"), AwsJsonContext.Default.GetCostForecastResponse)!;

        Assert.Equal("1234.5678901234", response.Total!.Amount);
        var forecast = Assert.Single(response.ForecastResultsByTime!);
        Assert.Equal(("1100.0012345678", "1369.1345456790"), (forecast.PredictionIntervalLowerBound, forecast.PredictionIntervalUpperBound));
        Assert.Equal("2024-04-01", forecast.TimePeriod!.End);
    }
}
