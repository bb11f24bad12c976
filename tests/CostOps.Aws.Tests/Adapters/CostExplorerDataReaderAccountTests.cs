using System.Net;
using System.Text.Json;
using CostOps.Aws.Adapters;
using CostOps.Aws.CostExplorer;
using CostOps.Aws.Tests.Contracts;
using CostOps.Aws.Tests.Http;
using CostOps.Core.Costs;

namespace CostOps.Aws.Tests.Adapters;

public sealed class CostExplorerDataReaderAccountTests
{
    private static readonly CostQuery Query = new(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 23), "UnblendedCost");

    [Fact]
    public async Task DailyByTagAndAccountAsync_OverHttp_OneRequestGroupedByTagAndLinkedAccount()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("CostExplorer/GetCostAndUsageByTagAndAccount.json"));

        var answer = await new CostExplorerDataReader(new CostExplorerClient(fixture.Transport)).DailyByTagAndAccountAsync(Query, "Environment", CancellationToken.None);

        var request = Assert.Single(fixture.Handler.Requests);
        Assert.Equal("AWSInsightsIndexService.GetCostAndUsage", request.Headers["x-amz-target"]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(
            [("TAG", "Environment"), ("DIMENSION", "LINKED_ACCOUNT")],
            body.RootElement.GetProperty("GroupBy").EnumerateArray().Select(g => (g.GetProperty("Type").GetString(), g.GetProperty("Key").GetString())));
        Assert.Equal(1, answer.PaidRequests);
    }

    [Fact]
    public async Task DailyByTagAndAccountAsync_OverHttp_SumsPerTagValueAndPerAccountAndKeepsTheNames()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("CostExplorer/GetCostAndUsageByTagAndAccount.json"));

        var answer = await new CostExplorerDataReader(new CostExplorerClient(fixture.Transport)).DailyByTagAndAccountAsync(Query, "Environment", CancellationToken.None);

        var day = new DateOnly(2026, 11, 16);
        Assert.Equal(
            [new DailyCost(day, "Environment$prod", 16.25m, "USD", false), new DailyCost(day, "Environment$", 0.25m, "USD", false)],
            answer.Value.ByTag);
        Assert.Equal(
            [new DailyCost(day, "111111111111", 12.75m, "USD", false), new DailyCost(day, "222222222222", 3.75m, "USD", false)],
            answer.Value.ByAccount);
        Assert.Equal("prod-workloads", answer.Value.AccountNames["111111111111"]);
        Assert.Equal("shared-services", answer.Value.AccountNames["222222222222"]);
    }

    [Fact]
    public async Task DailyByTagAndAccountAsync_TwoPages_NamesFromEveryPageAndEachPageCounted()
    {
        var fixture = new TransportFixture();
        fixture.Handler
            .Respond(HttpStatusCode.OK, """{"NextPageToken":"p2","ResultsByTime":[],"DimensionValueAttributes":[{"Value":"111111111111","Attributes":{"description":"dev"}}]}""")
            .Respond(HttpStatusCode.OK, """{"ResultsByTime":[{"TimePeriod":{"Start":"2026-11-16","End":"2026-11-17"},"Groups":[{"Keys":["Environment$dev"],"Metrics":{}}]}],"DimensionValueAttributes":[{"Value":"222222222222","Attributes":{}}]}""");

        var answer = await new CostExplorerDataReader(new CostExplorerClient(fixture.Transport)).DailyByTagAndAccountAsync(Query, "Environment", CancellationToken.None);

        Assert.Equal(2, answer.PaidRequests);
        Assert.Equal(["111111111111"], answer.Value.AccountNames.Keys);
        Assert.Equal(new DailyCost(new DateOnly(2026, 11, 16), string.Empty, null, "USD", false), Assert.Single(answer.Value.ByAccount));
    }

    [Fact]
    public async Task MonthToDateByServiceAndAccountAsync_OverHttp_OneMonthlyRequestSumsPerServiceAndPerAccountWithNames()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(HttpStatusCode.OK, """
            {"ResultsByTime":[{"TimePeriod":{"Start":"2026-11-01","End":"2026-11-23"},"Total":{},"Groups":[
              {"Keys":["Amazon Elastic Container Service","111111111111"],"Metrics":{"UnblendedCost":{"Amount":"30.5","Unit":"USD"}}},
              {"Keys":["Amazon Elastic Container Service","222222222222"],"Metrics":{"UnblendedCost":{"Amount":"10","Unit":"USD"}}},
              {"Keys":["AWS Lambda","222222222222"],"Metrics":{"UnblendedCost":{"Amount":"0.25","Unit":"USD"}}},
              {"Keys":["Tax","222222222222"],"Metrics":{}}]}],
             "DimensionValueAttributes":[{"Value":"111111111111","Attributes":{"description":"dev"}}]}
            """);

        var spend = await new CostExplorerDataReader(new CostExplorerClient(fixture.Transport)).MonthToDateByServiceAndAccountAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 23), CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(fixture.Handler.Requests).Body);
        Assert.Equal("MONTHLY", body.RootElement.GetProperty("Granularity").GetString());
        Assert.Equal(["SERVICE", "LINKED_ACCOUNT"], body.RootElement.GetProperty("GroupBy").EnumerateArray().Select(g => g.GetProperty("Key").GetString()));
        Assert.Equal([("Amazon Elastic Container Service", 40.5m), ("AWS Lambda", 0.25m)], spend.ByService.Select(s => (s.Service, s.Amount)));
        Assert.Equal([("111111111111", "dev", 30.5m), ("222222222222", null, 10.25m)], spend.ByAccount.Select(a => (a.AccountId, a.Name, a.Amount)));
    }

    [Fact]
    public async Task MonthToDateByServiceAndAccountAsync_FirstDayOfTheMonth_NoRequest()
    {
        var fixture = new TransportFixture();

        var spend = await new CostExplorerDataReader(new CostExplorerClient(fixture.Transport)).MonthToDateByServiceAndAccountAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1), CancellationToken.None);

        Assert.Empty(fixture.Handler.Requests);
        Assert.Empty(spend.ByService);
    }
}
