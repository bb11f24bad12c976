using CostOps.Aws.CostExplorer;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Fakes;
using Moq;

namespace CostOps.Aws.Tests.Clients;

public sealed class CostExplorerClientTests
{
    private readonly Mock<IAwsTransport> _transport = new(MockBehavior.Strict);

    private static GetCostAndUsageRequest Weekly => new()
    {
        TimePeriod = new() { Start = "2026-02-23", End = "2026-03-02" },
        Granularity = "DAILY",
        Metrics = ["UnblendedCost"],
        GroupBy = [new() { Type = "TAG", Key = "costops:team" }],
    };

    [Fact]
    public async Task GetCostAndUsageAllAsync_ThreePages_SendsEachNextPageToken()
    {
        var requests = _transport.SetupJson<GetCostAndUsageRequest, GetCostAndUsageResponse>(AwsServices.CostExplorer, "GetCostAndUsage", r => new()
        {
            ResultsByTime = [new() { TimePeriod = new() { Start = r.NextPageToken ?? "p1", End = "x" } }],
            NextPageToken = r.NextPageToken switch { null => "p2", "p2" => "p3", _ => null },
        });

        var pages = await new CostExplorerClient(_transport.Object).GetCostAndUsageAllAsync(Weekly, default).ToListAsync();

        Assert.Equal(["p1", "p2", "p3"], pages.Select(p => p.ResultsByTime![0].TimePeriod!.Start));
        Assert.Equal([null, "p2", "p3"], requests.Select(r => r.NextPageToken));
        Assert.All(requests, r => Assert.Equal(("2026-02-23", "DAILY", "costops:team"), (r.TimePeriod.Start, r.Granularity, r.GroupBy![0].Key)));
    }

    [Fact]
    public async Task GetCostAndUsageAllAsync_RepeatedToken_StopsInsteadOfPayingForever()
    {
        var requests = _transport.SetupJson<GetCostAndUsageRequest, GetCostAndUsageResponse>(AwsServices.CostExplorer, "GetCostAndUsage", r => new() { NextPageToken = r.NextPageToken == "b" ? "a" : r.NextPageToken is null ? "a" : "b" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new CostExplorerClient(_transport.Object).GetCostAndUsageAllAsync(Weekly, default).ToListAsync());

        Assert.Contains("Cost Explorer GetCostAndUsage returned the page token 'a' a second time", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, requests.Count);
    }

    [Fact]
    public async Task GetCostAndUsageAsync_ThreeGroupBys_Throws()
    {
        var request = Weekly with { GroupBy = [new() { Type = "TAG", Key = "a" }, new() { Type = "TAG", Key = "b" }, new() { Type = "DIMENSION", Key = "SERVICE" }] };

        await Assert.ThrowsAsync<ArgumentException>(() => new CostExplorerClient(_transport.Object).GetCostAndUsageAsync(request, default));
        _transport.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task GetCostAndUsageAsync_NoMetrics_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new CostExplorerClient(_transport.Object).GetCostAndUsageAsync(Weekly with { Metrics = [] }, default));
        _transport.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task GetCostForecastAsync_SendsGetCostForecastWithMetric()
    {
        var requests = _transport.SetupJson<GetCostForecastRequest, GetCostForecastResponse>(AwsServices.CostExplorer, "GetCostForecast", _ => new() { Total = new() { Amount = "42.5", Unit = "USD" } });

        var response = await new CostExplorerClient(_transport.Object).GetCostForecastAsync(
            new() { TimePeriod = new() { Start = "2026-03-02", End = "2026-04-01" }, Metric = "UNBLENDED_COST", Granularity = "MONTHLY" },
            default);

        Assert.Equal("UNBLENDED_COST", Assert.Single(requests).Metric);
        Assert.Equal("42.5", response.Total!.Amount);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(100)]
    public async Task GetCostForecastAsync_PredictionIntervalOutOfRange_Throws(int level)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new CostExplorerClient(_transport.Object).GetCostForecastAsync(
            new() { TimePeriod = new() { Start = "2026-03-02", End = "2026-04-01" }, Metric = "UNBLENDED_COST", Granularity = "MONTHLY", PredictionIntervalLevel = level },
            default));
        _transport.VerifyNoOtherCalls();
    }
}
