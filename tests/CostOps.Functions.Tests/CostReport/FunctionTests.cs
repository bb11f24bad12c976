using CostOps.CostReport;
using CostOps.Hosting.Events;

namespace CostOps.Functions.Tests.CostReport;

public sealed class FunctionTests
{
    public static TheoryData<string, string> Accepted => new() { { Inputs.Scheduled, "scheduled-event" }, { Inputs.ManualReport, "manual-command" } };

    public static TheoryData<string> Rejected => new() { Inputs.SchedulerPayload, Inputs.ServiceAction, Inputs.TaskStateChange, Inputs.ManualRun, Inputs.ManualCheck };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task HandleAsync_InputItHandles_AcknowledgesTheEvent(string input, string kind)
    {
        var output = new StringWriter();
        var function = new Function(Inputs.Ports(output));

        var result = await Inputs.Run(function.HandleAsync, input);

        Assert.Equal("cost-report", result.GetProperty("function").GetString());
        Assert.Equal(kind, result.GetProperty("event").GetString());
        Assert.Contains("\"event\":\"invocation.completed\"", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task HandleAsync_InputItDoesNotHandle_FailsNamingWhatItAccepts(string input)
    {
        var function = new Function(Inputs.Ports(new StringWriter()));

        var ex = await Assert.ThrowsAsync<InvalidEventException>(() => Inputs.Run(function.HandleAsync, input));

        Assert.StartsWith("an input the cost-report function handles: ", ex.Expected, StringComparison.Ordinal);
    }
}
