using CostOps.SpotManager;
using CostOps.Hosting.Events;

namespace CostOps.Functions.Tests.SpotManager;

public sealed class FunctionTests
{
    public static TheoryData<string, string> Accepted => new() { { Inputs.ServiceAction, "ecs-service-action" }, { Inputs.TaskStateChange, "ecs-task-state-change" } };

    public static TheoryData<string> Rejected => new() { Inputs.Scheduled, Inputs.SchedulerPayload, Inputs.ManualRun, Inputs.ManualReport, Inputs.ManualCheck };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task HandleAsync_InputItHandles_AcknowledgesTheEvent(string input, string kind)
    {
        var output = new StringWriter();
        var function = new Function(Inputs.Ports(output));

        var result = await Inputs.Run(function.HandleAsync, input);

        Assert.Equal("spot-manager", result.GetProperty("function").GetString());
        Assert.Equal(kind, result.GetProperty("event").GetString());
        Assert.Contains("\"event\":\"invocation.completed\"", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task HandleAsync_InputItDoesNotHandle_FailsNamingWhatItAccepts(string input)
    {
        var function = new Function(Inputs.Ports(new StringWriter()));

        var ex = await Assert.ThrowsAsync<InvalidEventException>(() => Inputs.Run(function.HandleAsync, input));

        Assert.StartsWith("an input the spot-manager function handles: ", ex.Expected, StringComparison.Ordinal);
    }
}
