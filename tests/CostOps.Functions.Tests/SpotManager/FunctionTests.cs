using CostOps.Hosting.Configuration;
using CostOps.Hosting.Events;
using CostOps.SpotManager;

namespace CostOps.Functions.Tests.SpotManager;

public sealed class FunctionTests
{
    public static TheoryData<string> Rejected => new() { Inputs.ManualReport, Inputs.ManualCheck };

    private static Dictionary<string, string?> SpotEnvironment() => Inputs.With(Inputs.BaseEnvironment(), new()
    {
        ["COSTOPS_TABLE"] = "costops-state",
        ["COSTOPS_CLUSTERS"] = "dev,staging",
    });

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task HandleAsync_InputItDoesNotHandle_FailsNamingWhatItAccepts(string input)
    {
        var function = new Function(Inputs.Ports(new StringWriter(), SpotEnvironment()));

        var ex = await Assert.ThrowsAsync<InvalidEventException>(() => Inputs.Run(function.HandleAsync, input));

        Assert.StartsWith("an input the spot-manager function handles: ", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_NothingConfigured_FailsNamingEveryMissingVariable()
    {
        var function = new Function(Inputs.Ports(new StringWriter()));

        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => Inputs.Run(function.HandleAsync, Inputs.ServiceAction));

        Assert.Contains("COSTOPS_TABLE", ex.Message, StringComparison.Ordinal);
        Assert.Contains("COSTOPS_CLUSTERS", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_EveryBadSpotSetting_IsNamedWithItsValueAndWhatIsExpected()
    {
        var environment = Inputs.With(SpotEnvironment(), new()
        {
            ["COSTOPS_SPOT_DEFAULT_CLUSTERS"] = "dev,prod",
            ["COSTOPS_SPOT_BASE"] = "-1",
            ["COSTOPS_SPOT_WEIGHTS"] = "1/3",
            ["COSTOPS_SPOT_INTERRUPTIONS"] = "3 in 30 minutes",
            ["COSTOPS_SPOT_COOLDOWN_MINUTES"] = "90",
            ["COSTOPS_SPOT_MAX_COOLDOWN_MINUTES"] = "60",
        });
        var output = new StringWriter();
        var function = new Function(Inputs.Ports(output, environment));

        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => Inputs.Run(function.HandleAsync, Inputs.ServiceAction));

        Assert.Contains("COSTOPS_SPOT_DEFAULT_CLUSTERS", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'prod' is not", ex.Message, StringComparison.Ordinal);
        Assert.Contains("COSTOPS_SPOT_BASE", ex.Message, StringComparison.Ordinal);
        Assert.Contains("COSTOPS_SPOT_WEIGHTS", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1/3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("COSTOPS_SPOT_INTERRUPTIONS", ex.Message, StringComparison.Ordinal);
        Assert.Contains("COSTOPS_SPOT_MAX_COOLDOWN_MINUTES", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("COSTOPS_TABLE", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_MalformedEvent_OneClearLogLineAndRejected()
    {
        var output = new StringWriter();
        var function = new Function(Inputs.Ports(output, SpotEnvironment()));
        var malformed = Inputs.ServiceAction.Replace("\"clusterArn\":\"arn:aws:ecs:us-west-2:111122223333:cluster/default\",", string.Empty, StringComparison.Ordinal);

        var ex = await Assert.ThrowsAsync<InvalidEventException>(() => Inputs.Run(function.HandleAsync, malformed));

        Assert.Equal("detail.clusterArn", ex.Field);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("\"level\"", StringComparison.Ordinal)).ToList();
        Assert.Single(lines, l => l.Contains("invocation.rejected", StringComparison.Ordinal) && l.Contains("detail.clusterArn", StringComparison.Ordinal));
    }

    [Fact]
    public void Composition_EveryVariableItReads_IsAConstant() =>
        Assert.Equal(
            ["COSTOPS_CLUSTERS", "COSTOPS_CLUSTER_TAG", "COSTOPS_SPOT_BASE", "COSTOPS_SPOT_COOLDOWN_MINUTES", "COSTOPS_SPOT_DEFAULT_CLUSTERS",
             "COSTOPS_SPOT_INTERRUPTIONS", "COSTOPS_SPOT_MAX_COOLDOWN_MINUTES", "COSTOPS_SPOT_WEIGHTS", "COSTOPS_TABLE"],
            typeof(Function).Assembly.GetType("CostOps.SpotManager.Composition")!
                .GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
                .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal));
}
