using System.Net;
using CostOps.Aws.CostExplorer;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Contracts;
using CostOps.Aws.Tests.Fakes;
using CostOps.Aws.Tests.Http;

namespace CostOps.Aws.Tests.Operations;

/// <summary>Cost Explorer is global: whatever region the function runs in, it calls ce.us-east-1 and signs for us-east-1.</summary>
public sealed class CostExplorerClientHttpTests
{
    private const string Host = "ce.us-east-1.amazonaws.com";
    private const string TargetPrefix = "AWSInsightsIndexService.";

    private readonly TransportFixture _fixture = new(new Dictionary<string, string> { ["AWS_REGION"] = "eu-central-1" });

    private CostExplorerClient Client => new(_fixture.Transport);

    [Fact]
    public async Task GetCostAndUsageAllAsync_TwoHttpPages_SendsFilterGroupsAndTokenToGlobalEndpoint()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.OK, ContractAssert.Fixture("CostExplorer/GetCostAndUsage.json"))
            .Respond(HttpStatusCode.OK, """{"ResultsByTime":[{"TimePeriod":{"Start":"2017-10-01","End":"2017-11-01"},"Total":{"UnblendedCost":{"Amount":"12.50","Unit":"USD"}},"Groups":[],"Estimated":true}]}""");
        var request = new GetCostAndUsageRequest
        {
            TimePeriod = new() { Start = "2017-09-01", End = "2017-11-01" },
            Granularity = "MONTHLY",
            Filter = new() { Dimensions = new() { Key = "SERVICE", Values = ["Amazon Elastic Container Service"] } },
            Metrics = ["UnblendedCost"],
            GroupBy = [new() { Type = "DIMENSION", Key = "SERVICE" }, new() { Type = "TAG", Key = "Environment" }],
        };

        var pages = await Client.GetCostAndUsageAllAsync(request, default).ToListAsync();

        var results = pages.SelectMany(p => p.ResultsByTime!).ToList();
        Assert.Equal(["2017-09-01", "2017-10-01"], results.Select(r => r.TimePeriod!.Start));
        Assert.Equal(
            [("Environment$Prod", "39.1603300457"), ("Environment$Test", "0.1337464807")],
            results[0].Groups!.Select(g => (g.Keys![1], g.Metrics!["UnblendedCost"].Amount)));
        Assert.Equal(("12.50", true), (results[1].Total!["UnblendedCost"].Amount, results[1].Estimated));
        const string Body = """{"TimePeriod":{"Start":"2017-09-01","End":"2017-11-01"},"Granularity":"MONTHLY","Filter":{"Dimensions":{"Key":"SERVICE","Values":["Amazon Elastic Container Service"]}},"Metrics":["UnblendedCost"],"GroupBy":[{"Type":"DIMENSION","Key":"SERVICE"},{"Type":"TAG","Key":"Environment"}]""";
        Assert.Equal(2, _fixture.Handler.Requests.Count);
        HttpCallAssert.Json11(_fixture.Handler.Requests[0], Host, TargetPrefix + "GetCostAndUsage", "us-east-1", "ce", Body + "}");
        HttpCallAssert.Json11(_fixture.Handler.Requests[1], Host, TargetPrefix + "GetCostAndUsage", "us-east-1", "ce", Body + ""","NextPageToken":"AAMA-EFRSURBSGhtNlhZaGVTUWJ"}""");
    }

    [Fact]
    public async Task GetCostForecastAsync_MonthlyWithInterval_SendsRequestAndParsesForecast()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("CostExplorer/GetCostForecast.json"));

        var response = await Client.GetCostForecastAsync(
            new() { TimePeriod = new() { Start = "2024-03-14", End = "2024-04-01" }, Metric = "UNBLENDED_COST", Granularity = "MONTHLY", PredictionIntervalLevel = 80 },
            default);

        HttpCallAssert.Json11(
            Assert.Single(_fixture.Handler.Requests), Host, TargetPrefix + "GetCostForecast", "us-east-1", "ce",
            """{"TimePeriod":{"Start":"2024-03-14","End":"2024-04-01"},"Metric":"UNBLENDED_COST","Granularity":"MONTHLY","PredictionIntervalLevel":80}""");
        Assert.Equal(("1234.5678901234", "USD"), (response.Total!.Amount, response.Total.Unit));
        var result = Assert.Single(response.ForecastResultsByTime!);
        Assert.Equal(("1100.0012345678", "1369.1345456790"), (result.PredictionIntervalLowerBound, result.PredictionIntervalUpperBound));
    }

    [Fact]
    public async Task GetCostAndUsageAsync_DataUnavailable_ThrowsAwsServiceExceptionWithCode()
    {
        _fixture.Handler.Respond(HttpStatusCode.BadRequest, """{"__type":"DataUnavailableException","Message":"Data is not available. Please try to adjust the time period."}""");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client.GetCostAndUsageAsync(
            new() { TimePeriod = new() { Start = "2026-03-01", End = "2026-03-02" }, Granularity = "DAILY", Metrics = ["UnblendedCost"] },
            default));

        Assert.Equal(("Cost Explorer", "GetCostAndUsage", "DataUnavailableException", HttpStatusCode.BadRequest), (error.ServiceId, error.Operation, error.ErrorCode, error.StatusCode));
        Assert.Contains("adjust the time period", error.Message, StringComparison.Ordinal);
        Assert.Single(_fixture.Handler.Requests);
    }

    [Fact]
    public async Task GetAnomaliesAllAsync_TwoHttpPages_SendsIntervalImpactAndTokenAndReadsNewerImpactMembers()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.OK, ContractAssert.Fixture("CostExplorer/GetAnomalies.json"))
            .Respond(HttpStatusCode.OK, """{"Anomalies":[{"AnomalyId":"b","AnomalyScore":{"MaxScore":0.5,"CurrentScore":0.1},"Impact":{"MaxImpact":4,"TotalImpact":9.5,"TotalExpectedSpend":19,"TotalImpactPercentage":50},"MonitorArn":"m"}]}""");
        var request = new GetAnomaliesRequest
        {
            DateInterval = new() { StartDate = "2026-11-23", EndDate = "2026-11-30" },
            TotalImpact = new() { NumericOperator = "GREATER_THAN_OR_EQUAL", StartValue = 5 },
        };

        var pages = await Client.GetAnomaliesAllAsync(request, default).ToListAsync();

        var anomalies = pages.SelectMany(p => p.Anomalies!).ToList();
        Assert.Equal(["12345678-abcd-ef12-3456-987654321a12", "b"], anomalies.Select(a => a.AnomalyId));
        Assert.Equal((9.5, 50.0, 19.0), (anomalies[1].Impact!.TotalImpact, anomalies[1].Impact!.TotalImpactPercentage, anomalies[1].Impact!.TotalExpectedSpend));
        const string Body = """{"DateInterval":{"StartDate":"2026-11-23","EndDate":"2026-11-30"},"TotalImpact":{"NumericOperator":"GREATER_THAN_OR_EQUAL","StartValue":5}""";
        Assert.Equal(2, _fixture.Handler.Requests.Count);
        HttpCallAssert.Json11(_fixture.Handler.Requests[0], Host, TargetPrefix + "GetAnomalies", "us-east-1", "ce", Body + "}");
        HttpCallAssert.Json11(_fixture.Handler.Requests[1], Host, TargetPrefix + "GetAnomalies", "us-east-1", "ce", Body + ""","NextPageToken":"eyJwYWdlIjoyfQ"}""");
    }

    [Fact]
    public async Task GetAnomaliesAsync_NoStartDate_ThrowsBeforeAnyPaidCall()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.GetAnomaliesAsync(new() { DateInterval = new() { StartDate = " " } }, default));

        Assert.Contains("DateInterval.StartDate", error.Message, StringComparison.Ordinal);
        Assert.Empty(_fixture.Handler.Requests);
    }
}
