using CostOps.CostReport;
using CostOps.Hosting.Configuration;
using CostOps.Hosting.Events;

namespace CostOps.Functions.Tests.CostReport;

public sealed class FunctionTests
{
    public static TheoryData<string> Rejected => new() { Inputs.SchedulerPayload, Inputs.ServiceAction, Inputs.TaskStateChange, Inputs.ManualRun, Inputs.ManualCheck };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task HandleAsync_InputItDoesNotHandle_FailsNamingWhatItAccepts(string input)
    {
        var function = new Function(Inputs.Ports(new StringWriter(), Inputs.ReportingEnvironment()));

        var ex = await Assert.ThrowsAsync<InvalidEventException>(() => Inputs.Run(function.HandleAsync, input));

        Assert.StartsWith("an input the cost-report function handles: ", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_NothingConfigured_FailsNamingEveryMissingVariable()
    {
        var function = new Function(Inputs.Ports(new StringWriter()));

        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => Inputs.Run(function.HandleAsync, Inputs.ManualReport));

        foreach (var variable in new[] { "COSTOPS_TABLE", "COSTOPS_TOPIC_ARN", "COSTOPS_ACCOUNT_ID", "COSTOPS_REPORT_BUCKET" })
        {
            Assert.Contains(variable, ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("COSTOPS_REPORT_TIMEZONE", "Mars/Olympus")]
    [InlineData("COSTOPS_REPORT_METRIC", "Dollars")]
    [InlineData("COSTOPS_TOPIC_ARN", "costops-topic")]
    [InlineData("COSTOPS_ACCOUNT_ID", "12345")]
    public async Task HandleAsync_BadValue_FailsNamingTheVariableAndValue(string variable, string value)
    {
        var environment = Inputs.With(Inputs.ReportingEnvironment(), new() { [variable] = value });
        var function = new Function(Inputs.Ports(new StringWriter(), environment));

        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => Inputs.Run(function.HandleAsync, Inputs.Scheduled));

        Assert.Contains(variable, ex.Message, StringComparison.Ordinal);
        Assert.Contains(value, ex.Message, StringComparison.Ordinal);
    }
}
