using CostOps.Hosting.Configuration;
using CostOps.Hosting.Events;
using CostOps.Scheduler;

namespace CostOps.Functions.Tests.Scheduler;

public sealed class FunctionTests
{
    public static TheoryData<string> Rejected => new() { Inputs.ServiceAction, Inputs.TaskStateChange, Inputs.ManualReport, Inputs.ManualCheck };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task HandleAsync_InputItDoesNotHandle_FailsNamingWhatItAccepts(string input)
    {
        var function = new Function(Inputs.Ports(new StringWriter(), Inputs.SchedulerEnvironment()));

        var ex = await Assert.ThrowsAsync<InvalidEventException>(() => Inputs.Run(function.HandleAsync, input));

        Assert.StartsWith("an input the scheduler function handles: ", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_NothingConfigured_FailsNamingEveryMissingVariable()
    {
        var function = new Function(Inputs.Ports(new StringWriter()));

        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => Inputs.Run(function.HandleAsync, Inputs.ManualRun));

        Assert.Contains("COSTOPS_TABLE", ex.Message, StringComparison.Ordinal);
        Assert.Contains("COSTOPS_CLUSTERS", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AWS_LAMBDA_FUNCTION_NAME", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ScheduleWithUnknownZone_FailsNamingTheVariableAndField()
    {
        var environment = Inputs.With(Inputs.SchedulerEnvironment(), new()
        {
            ["COSTOPS_SCHEDULES"] = """{"schedules":{"office-hours":{"timezone":"Europe/Berln","periods":["mon-fri 08:00-20:00"]}}}""",
        });
        var function = new Function(Inputs.Ports(new StringWriter(), environment));

        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => Inputs.Run(function.HandleAsync, Inputs.Scheduled));

        Assert.Contains("COSTOPS_SCHEDULES", ex.Message, StringComparison.Ordinal);
        Assert.Contains("schedules.office-hours.timezone", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Europe/Berln", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("COSTOPS_CLUSTER_TAG", "costops=managed")]
    [InlineData("COSTOPS_CLUSTERS", null)]
    public async Task HandleAsync_BothOrNeitherClusterScope_FailsNamingBothVariables(string variable, string? value)
    {
        var environment = Inputs.With(Inputs.SchedulerEnvironment(), new() { [variable] = value });
        var function = new Function(Inputs.Ports(new StringWriter(), environment));

        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => Inputs.Run(function.HandleAsync, Inputs.Scheduled));

        Assert.Contains("COSTOPS_CLUSTER_TAG", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TimeBudgetTooCloseToTimeout_FailsNamingBoth()
    {
        var environment = Inputs.With(Inputs.SchedulerEnvironment(), new() { ["COSTOPS_TIME_BUDGET_SECONDS"] = "580", [CostOps.Hosting.HostOptions.TimeoutVariable] = "600" });
        var function = new Function(Inputs.Ports(new StringWriter(), environment));

        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => Inputs.Run(function.HandleAsync, Inputs.Scheduled));

        Assert.Contains("COSTOPS_TIME_BUDGET_SECONDS", ex.Message, StringComparison.Ordinal);
        Assert.Contains("COSTOPS_FUNCTION_TIMEOUT_SECONDS", ex.Message, StringComparison.Ordinal);
    }
}
