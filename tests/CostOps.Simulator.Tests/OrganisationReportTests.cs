using System.Text.RegularExpressions;
using CostOps.Core.State;
using CostOps.Demo;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Simulator.Tests;

/// <summary>The weekly report and the budget alerts deployed in an organisation's management account, end to end over the simulator.</summary>
public sealed class OrganisationReportTests
{
    private const string Dev = "111111111111";
    private const string Prod = "222222222222";

    private static (SimulatedAccount Management, DemoFunctions Functions) Deploy(bool linked)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.Zero));
        var management = new SimulatedAccount(new SimulatorOptions { AccountName = "management" }, clock);
        var dev = new SimulatedAccount(new SimulatorOptions { AccountId = Dev, AccountName = "dev" }, clock);
        var prod = new SimulatedAccount(new SimulatorOptions { AccountId = Prod, AccountName = "prod" }, clock);
        management.AddCluster("tools").AddService("tools", "ci", 5);
        dev.AddCluster("app").AddService("app", "web", 2, tags: ("Environment", "dev"));
        prod.AddCluster("app").AddService("app", "api", 4, tags: ("Environment", "prod"));
        if (linked)
        {
            management.LinkAccounts(dev, prod);
        }

        var functions = new DemoFunctions(management, new SimulatorHandler(management), new InMemoryStateStore(clock), new InMemorySpotUsageLog(), clock);
        management.Advance(TimeSpan.FromDays(15));
        return (management, functions);
    }

    [Fact]
    public async Task WeeklyReport_ManagementAccount_SpendPerAccountWithAConsolidatedTotalEqualToTheWeeksSpend()
    {
        var (management, functions) = Deploy(linked: true);

        var (_, error) = await functions.CostReport.InvokeAsync("""{"command":"report","isoWeek":"2026-W47"}""");

        Assert.Null(error);
        var text = Assert.Single(management.Outbox).Message;
        var thisWeek = Regex.Match(text, @"\n  This week +(\$[0-9.,]+)\n").Groups[1].Value;
        Assert.Matches(@"\n  prod \(222222222222\) +\$[0-9.]+ ", text);
        Assert.Matches(@"\n  management \(123456789012\) +\$[0-9.]+ ", text);
        Assert.Matches(@"\n  Consolidated total +" + Regex.Escape(thisWeek) + " ", text);
        Assert.Contains("Account dev (111111111111)\n", text, StringComparison.Ordinal);
        Assert.Contains("Cost Explorer: 4 paid requests", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeeklyReport_AccountWithoutLinkedAccounts_NoAccountPart()
    {
        var (management, functions) = Deploy(linked: false);

        await functions.CostReport.InvokeAsync("""{"command":"report","isoWeek":"2026-W47"}""");

        var text = Assert.Single(management.Outbox).Message;
        Assert.DoesNotContain("SPEND BY ACCOUNT", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nAccount ", text, StringComparison.Ordinal);
        Assert.Contains("Cost Explorer: 4 paid requests", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BudgetAlert_ManagementAccount_NamesItAsConsolidatedAndListsTheAccountsSpend()
    {
        var (management, functions) = Deploy(linked: true);
        management.AddBudget("monthly", 100m);

        var (_, error) = await functions.BudgetAlerts.InvokeAsync("""{"command":"check"}""");

        Assert.Null(error);
        var alert = Assert.Single(management.Outbox);
        Assert.StartsWith("CostOps budget alert for management (123456789012): monthly passed $40", alert.Subject, StringComparison.Ordinal);
        Assert.Contains("Account:     management (123456789012), consolidated: the 3 accounts with spend this month\n", alert.Message, StringComparison.Ordinal);
        Assert.Matches(@"\n  - prod \(222222222222\): \$[0-9.]+\n", alert.Message);
    }
}
