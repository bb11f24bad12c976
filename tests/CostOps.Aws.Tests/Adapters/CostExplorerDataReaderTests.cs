using CostOps.Aws.Adapters;
using CostOps.Aws.CostExplorer;
using CostOps.Core.Costs;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class CostExplorerDataReaderTests
{
    private static readonly CostQuery Query = new(new DateOnly(2026, 11, 8), new DateOnly(2026, 11, 22), "UnblendedCost");

    [Fact]
    public async Task DailyByServiceAsync_TwoPages_CountsEachPageAndParsesEveryGroup()
    {
        var client = new Mock<ICostExplorerClient>();
        GetCostAndUsageRequest? sent = null;
        client.Setup(c => c.GetCostAndUsageAllAsync(It.IsAny<GetCostAndUsageRequest>(), It.IsAny<CancellationToken>()))
            .Callback<GetCostAndUsageRequest, CancellationToken>((r, _) => sent = r)
            .Returns(Pages(
                Page(Day("2026-11-08", false, ("AWS Lambda", "1.25", "USD"), ("Amazon Elastic Container Service", "10.5", "USD"))),
                Page(Day("2026-11-09", true, ("AWS Lambda", null, null)))));

        var answer = await new CostExplorerDataReader(client.Object).DailyByServiceAsync(Query, CancellationToken.None);

        Assert.Equal(2, answer.PaidRequests);
        Assert.Equal(
            [
                new DailyCost(new DateOnly(2026, 11, 8), "AWS Lambda", 1.25m, "USD", false),
                new DailyCost(new DateOnly(2026, 11, 8), "Amazon Elastic Container Service", 10.5m, "USD", false),
                new DailyCost(new DateOnly(2026, 11, 9), "AWS Lambda", null, "USD", true),
            ],
            answer.Value);
        Assert.NotNull(sent);
        Assert.Equal("2026-11-08", sent.TimePeriod.Start);
        Assert.Equal("2026-11-22", sent.TimePeriod.End);
        Assert.Equal("DAILY", sent.Granularity);
        Assert.Equal(["UnblendedCost"], sent.Metrics);
        Assert.Equal("SERVICE", Assert.Single(sent.GroupBy!).Key);
    }

    [Fact]
    public async Task DailyByTagAsync_GroupsByTagKey()
    {
        var client = new Mock<ICostExplorerClient>();
        GetCostAndUsageRequest? sent = null;
        client.Setup(c => c.GetCostAndUsageAllAsync(It.IsAny<GetCostAndUsageRequest>(), It.IsAny<CancellationToken>()))
            .Callback<GetCostAndUsageRequest, CancellationToken>((r, _) => sent = r)
            .Returns(Pages(Page(Day("2026-11-08", false, ("Environment$prod", "3", "USD"), ("Environment$", "1", "USD")))));

        var answer = await new CostExplorerDataReader(client.Object).DailyByTagAsync(Query, "Environment", CancellationToken.None);

        Assert.Equal(1, answer.PaidRequests);
        Assert.Equal(["Environment$prod", "Environment$"], answer.Value.Select(c => c.Group));
        var group = Assert.Single(sent!.GroupBy!);
        Assert.Equal(("TAG", "Environment"), (group.Type, group.Key));
    }

    [Fact]
    public async Task ForecastAsync_TranslatesMetricToForecastEnumAndParsesTotal()
    {
        var client = new Mock<ICostExplorerClient>();
        GetCostForecastRequest? sent = null;
        client.Setup(c => c.GetCostForecastAsync(It.IsAny<GetCostForecastRequest>(), It.IsAny<CancellationToken>()))
            .Callback<GetCostForecastRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new GetCostForecastResponse { Total = new MetricValue { Amount = "42.125", Unit = "USD" } });

        var answer = await new CostExplorerDataReader(client.Object).ForecastAsync(new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 1), "NetAmortizedCost", CancellationToken.None);

        Assert.Equal(new CostForecast(new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 1), 42.125m, "USD"), answer.Value);
        Assert.Equal(1, answer.PaidRequests);
        Assert.Equal("NET_AMORTIZED_COST", sent!.Metric);
        Assert.Equal("2026-12-01", sent.TimePeriod.End);
    }

    [Fact]
    public async Task MonthToDateByServiceAsync_SumsPerServiceInOneMonthlyRequest()
    {
        var client = new Mock<ICostExplorerClient>();
        GetCostAndUsageRequest? sent = null;
        client.Setup(c => c.GetCostAndUsageAllAsync(It.IsAny<GetCostAndUsageRequest>(), It.IsAny<CancellationToken>()))
            .Callback<GetCostAndUsageRequest, CancellationToken>((r, _) => sent = r)
            .Returns(Pages(Page(Day("2026-11-01", false, ("Amazon Elastic Container Service", "20.10", "USD"), ("AWS Lambda", "not-a-number", "USD")))));

        var spend = await new CostExplorerDataReader(client.Object).MonthToDateByServiceAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 22), CancellationToken.None);

        var only = Assert.Single(spend);
        Assert.Equal(("Amazon Elastic Container Service", 20.10m, "USD"), (only.Service, only.Amount, only.Currency));
        Assert.Equal("MONTHLY", sent!.Granularity);
    }

    [Fact]
    public async Task MonthToDateByServiceAsync_FirstDayOfMonth_MakesNoPaidRequest()
    {
        var client = new Mock<ICostExplorerClient>(MockBehavior.Strict);

        var spend = await new CostExplorerDataReader(client.Object).MonthToDateByServiceAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1), CancellationToken.None);

        Assert.Empty(spend);
    }

    [Fact]
    public async Task DailyByServiceAndUsageTypeAsync_TwoGroupBys_SumsPerServiceAndKeepsFargateLines()
    {
        var client = new Mock<ICostExplorerClient>();
        GetCostAndUsageRequest? sent = null;
        client.Setup(c => c.GetCostAndUsageAllAsync(It.IsAny<GetCostAndUsageRequest>(), It.IsAny<CancellationToken>()))
            .Callback<GetCostAndUsageRequest, CancellationToken>((r, _) => sent = r)
            .Returns(Pages(Page(new ResultByTime
            {
                TimePeriod = new DateInterval { Start = "2026-11-16", End = "2026-11-17" },
                Groups =
                [
                    UsageGroup("Amazon Elastic Container Service", "USE1-SpotUsage-Fargate-vCPU-Hours:perCPU", "1.2144", "100"),
                    UsageGroup("Amazon Elastic Container Service", "USE1-Fargate-GB-Hours", "0.889", "200"),
                    UsageGroup("AWS Lambda", "USE1-Lambda-GB-Second", "0.50", "30000"),
                ],
            })));

        var answer = await new CostExplorerDataReader(client.Object).DailyByServiceAndUsageTypeAsync(Query, CancellationToken.None);

        Assert.Equal(["SERVICE", "USAGE_TYPE"], sent!.GroupBy!.Select(g => g.Key));
        Assert.Equal(["UnblendedCost", "UsageQuantity"], sent.Metrics);
        Assert.Equal(1, answer.PaidRequests);
        Assert.Equal([("Amazon Elastic Container Service", 2.1034m), ("AWS Lambda", 0.50m)], answer.Value.ByService.Select(d => (d.Group, d.Amount!.Value)));
        Assert.Equal([("USE1-SpotUsage-Fargate-vCPU-Hours:perCPU", 100m), ("USE1-Fargate-GB-Hours", 200m)], answer.Value.Fargate.Select(f => (f.UsageType, f.Quantity!.Value)));
    }

    private static Group UsageGroup(string service, string usageType, string amount, string quantity) => new()
    {
        Keys = [service, usageType],
        Metrics = new Dictionary<string, MetricValue>
        {
            ["UnblendedCost"] = new() { Amount = amount, Unit = "USD" },
            ["UsageQuantity"] = new() { Amount = quantity, Unit = "N/A" },
        },
    };

    private static ResultByTime Day(string start, bool estimated, params (string Key, string? Amount, string? Unit)[] groups) => new()
    {
        TimePeriod = new DateInterval { Start = start, End = start },
        Estimated = estimated,
        Groups = groups.Select(g => new Group
        {
            Keys = [g.Key],
            Metrics = g.Amount is null ? new Dictionary<string, MetricValue>() : new Dictionary<string, MetricValue> { ["UnblendedCost"] = new() { Amount = g.Amount, Unit = g.Unit } },
        }).ToList(),
    };

    private static GetCostAndUsageResponse Page(params ResultByTime[] days) => new() { ResultsByTime = days };

    private static async IAsyncEnumerable<GetCostAndUsageResponse> Pages(params GetCostAndUsageResponse[] pages)
    {
        foreach (var page in pages)
        {
            await Task.Yield();
            yield return page;
        }
    }
}
