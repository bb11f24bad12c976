using System.Globalization;
using CostOps.Aws.Adapters;
using CostOps.Aws.CostExplorer;
using CostOps.Core.Costs;

namespace CostOps.Simulator.Tests;

/// <summary>Cost Explorer of a management account that <see cref="SimulatedAccount.LinkAccounts"/> made answer for its members.</summary>
public sealed class CostExplorerLinkedAccountTests
{
    private const string Dev = "111111111111";
    private const string Prod = "222222222222";

    // One task of 0.5 vCPU / 1 GB in us-west-2 for an hour: 0.5 x $0.04048 + 1 x $0.004445.
    private const decimal TaskHour = 0.024685m;

    private static (Testbed Bed, SimulatedAccount Dev, SimulatedAccount Prod) Organisation()
    {
        var bed = new Testbed(new SimulatorOptions { AccountName = "management" });
        var dev = new SimulatedAccount(new SimulatorOptions { AccountId = Dev, AccountName = "dev" }, bed.Clock);
        var prod = new SimulatedAccount(new SimulatorOptions { AccountId = Prod }, bed.Clock);
        dev.AddCluster("app").AddService("app", "web", 2, tags: ("Environment", "dev"));
        prod.AddCluster("app").AddService("app", "api", 1, tags: ("Environment", "prod"));
        bed.Account.AddCluster("tools").AddService("tools", "ci", 1);
        bed.Account.LinkAccounts(dev, prod);
        return (bed, dev, prod);
    }

    [Fact]
    public async Task GetCostAndUsage_ByLinkedAccount_EachMembersBillAndTheManagementAccountsOwn()
    {
        var (bed, _, _) = Organisation();
        bed.Account.Advance(TimeSpan.FromHours(10));

        var answer = await Query(bed, [new GroupDefinition { Type = "DIMENSION", Key = "LINKED_ACCOUNT" }]);

        var day = answer.ResultsByTime![0];
        Assert.Equal(Money(20 * TaskHour), Amount(day, Dev));
        Assert.Equal(Money(10 * TaskHour), Amount(day, Prod));
        Assert.Equal(Money(10 * TaskHour), Amount(day, "123456789012"));
        Assert.Equal(
            [("123456789012", "management"), (Dev, "dev")],
            answer.DimensionValueAttributes!.Select(a => (a.Value, a.Attributes!["description"])));
    }

    [Fact]
    public async Task GetCostAndUsage_ByTagAndLinkedAccount_KeysInRequestOrderWithEachMembersTag()
    {
        var (bed, _, _) = Organisation();
        bed.Account.Advance(TimeSpan.FromHours(10));

        var answer = await Query(bed, [new GroupDefinition { Type = "TAG", Key = "Environment" }, new GroupDefinition { Type = "DIMENSION", Key = "LINKED_ACCOUNT" }]);

        Assert.Equal(
            [["Environment$", "123456789012"], ["Environment$dev", Dev], ["Environment$prod", Prod]],
            answer.ResultsByTime![0].Groups!.Select(g => g.Keys!.ToArray()));
    }

    [Fact]
    public async Task GetCostAndUsage_FilterOnLinkedAccount_OnlyThatAccountsBill()
    {
        var (bed, _, _) = Organisation();
        bed.Account.Advance(TimeSpan.FromHours(10));

        var answer = await Query(bed, [new GroupDefinition { Type = "DIMENSION", Key = "SERVICE" }], new Expression { Dimensions = new DimensionValues { Key = "LINKED_ACCOUNT", Values = [Prod] } });

        Assert.Equal(Money(10 * TaskHour), answer.ResultsByTime![0].Groups!.Single().Metrics!["UnblendedCost"].Amount);
    }

    [Fact]
    public async Task GetCostAndUsage_MemberAccount_SeesOnlyItsOwnBill()
    {
        var (bed, dev, _) = Organisation();
        bed.Account.Advance(TimeSpan.FromHours(10));
        using var devHandler = new SimulatorHandler(dev);
        var devCostExplorer = new CostExplorerClient(SimulatedAws.Transport(devHandler, new VirtualDelay(bed.Clock, new Lock()), new Random(7).NextDouble));

        var answer = await devCostExplorer.GetCostAndUsageAsync(Request([new GroupDefinition { Type = "DIMENSION", Key = "LINKED_ACCOUNT" }]), CancellationToken.None);

        Assert.Equal([Dev], answer.ResultsByTime![0].Groups!.Select(g => g.Keys![0]));
    }

    [Fact]
    public async Task LinkAccounts_SelfOrTwice_EveryBillCountedOnce()
    {
        var (bed, dev, _) = Organisation();
        bed.Account.LinkAccounts(bed.Account, dev);
        bed.Account.Advance(TimeSpan.FromHours(10));

        var answer = await Query(bed, [new GroupDefinition { Type = "DIMENSION", Key = "LINKED_ACCOUNT" }]);

        Assert.Equal(3, answer.ResultsByTime![0].Groups!.Count);
        Assert.Equal(Money(20 * TaskHour), Amount(answer.ResultsByTime[0], Dev));
    }

    [Fact]
    public async Task WeeklyReportReader_ManagementAccount_SpendPerAccountAndNamesFromOneRequest()
    {
        var (bed, _, _) = Organisation();
        bed.Account.Advance(TimeSpan.FromDays(1));
        var before = bed.Handler.CostExplorerRequests;

        var answer = await new CostExplorerDataReader(bed.CostExplorer).DailyByTagAndAccountAsync(new CostQuery(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), "UnblendedCost"), "Environment", CancellationToken.None);

        Assert.Equal(1, bed.Handler.CostExplorerRequests - before);
        Assert.Equal(
            [(Dev, 48 * TaskHour), ("123456789012", 24 * TaskHour), (Prod, 24 * TaskHour)],
            answer.Value.ByAccount.OrderBy(c => c.Group, StringComparer.Ordinal).Select(c => (c.Group, c.Amount!.Value)));
        Assert.Equal("dev", answer.Value.AccountNames[Dev]);
        Assert.False(answer.Value.AccountNames.ContainsKey(Prod));
    }

    [Fact]
    public async Task SimulatedOrganization_HubCostExplorer_EveryAccountOnceWithItsRegionsAddedUp()
    {
        var bed = new OrganizationTestbed();
        var devWest = bed.Organization.AddAccount(Dev, "eu-west-1", new SimulatorOptions { AccountName = "dev" });
        var devEast = bed.Organization.AddAccount(Dev, "us-east-1", new SimulatorOptions { AccountName = "dev" });
        var prod = bed.Organization.AddAccount(Prod, "eu-west-1");
        devWest.AddCluster("app").AddService("app", "web", 1);
        devEast.AddCluster("app").AddService("app", "web", 1);
        prod.AddCluster("app").AddService("app", "api", 1);
        bed.Organization.Hub.Advance(TimeSpan.FromHours(10));

        var answer = await new CostExplorerDataReader(bed.Hub.CostExplorer).DailyByTagAndAccountAsync(new CostQuery(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), "UnblendedCost"), "Environment", CancellationToken.None);

        var byAccount = answer.Value.ByAccount.ToDictionary(c => c.Group, c => c.Amount!.Value, StringComparer.Ordinal);
        Assert.Equal([Dev, Prod], byAccount.Keys.Order(StringComparer.Ordinal));
        Assert.True(byAccount[Dev] > byAccount[Prod] * 1.5m, $"dev {byAccount[Dev]} should add up its two regions' bills against prod {byAccount[Prod]}");
        Assert.Equal("dev", answer.Value.AccountNames[Dev]);
    }

    private static GetCostAndUsageRequest Request(IReadOnlyList<GroupDefinition> groups, Expression? filter = null) => new()
    {
        TimePeriod = new DateInterval { Start = "2026-03-02", End = "2026-03-03" },
        Granularity = "DAILY",
        Metrics = ["UnblendedCost"],
        GroupBy = groups,
        Filter = filter,
    };

    private static Task<GetCostAndUsageResponse> Query(Testbed bed, IReadOnlyList<GroupDefinition> groups, Expression? filter = null) =>
        bed.CostExplorer.GetCostAndUsageAsync(Request(groups, filter), CancellationToken.None);

    private static string? Amount(ResultByTime result, string key) =>
        result.Groups!.SingleOrDefault(g => g.Keys![0] == key)?.Metrics!["UnblendedCost"].Amount;

    private static string Money(decimal amount) => decimal.Round(amount, 10).ToString("0.##########", CultureInfo.InvariantCulture);
}
