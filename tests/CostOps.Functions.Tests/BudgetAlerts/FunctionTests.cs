using CostOps.BudgetAlerts;
using CostOps.Hosting.Configuration;
using CostOps.Hosting.Events;

namespace CostOps.Functions.Tests.BudgetAlerts;

public sealed class FunctionTests
{
    public static TheoryData<string> Rejected => new() { Inputs.SchedulerPayload, Inputs.ServiceAction, Inputs.TaskStateChange, Inputs.ManualRun, Inputs.ManualReport };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task HandleAsync_InputItDoesNotHandle_FailsNamingWhatItAccepts(string input)
    {
        var function = new Function(Inputs.Ports(new StringWriter(), Inputs.ReportingEnvironment()));

        var ex = await Assert.ThrowsAsync<InvalidEventException>(() => Inputs.Run(function.HandleAsync, input));

        Assert.StartsWith("an input the budget-alerts function handles: ", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_NothingConfigured_FailsNamingEveryMissingVariable()
    {
        var function = new Function(Inputs.Ports(new StringWriter()));

        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => Inputs.Run(function.HandleAsync, Inputs.ManualCheck));

        foreach (var variable in new[] { "COSTOPS_TABLE", "COSTOPS_TOPIC_ARN", "COSTOPS_ACCOUNT_ID" })
        {
            Assert.Contains(variable, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HandleAsync_BadThresholds_FailsNamingTheSettingAndItem()
    {
        var environment = Inputs.With(Inputs.ReportingEnvironment(), new() { ["COSTOPS_BUDGET_THRESHOLDS"] = "25,forty,60" });
        var function = new Function(Inputs.Ports(new StringWriter(), environment));

        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => Inputs.Run(function.HandleAsync, Inputs.Scheduled));

        Assert.Contains("COSTOPS_BUDGET_THRESHOLDS", ex.Message, StringComparison.Ordinal);
        Assert.Contains("forty", ex.Message, StringComparison.Ordinal);
    }
}
