using System.Text.Json;
using CostOps.Core.State;
using CostOps.Hosting;
using CostOps.Hosting.Configuration;
using CostOps.Scheduler;
using CostOps.Simulator;

namespace CostOps.Functions.Tests.Scheduler;

/// <summary>The scheduler with COSTOPS_TARGETS, through its Lambda entry point: configuration, the hub's fan-out and what it refuses.</summary>
public sealed class HubModeTests
{
    private const string Targets = """
        {"role":"costops-member","externalId":"costops-7f3a","regions":["eu-west-1","us-east-1"],"targets":[
          {"accounts":["111111111111","222222222222"],"clusters":["app"]},
          {"accounts":["333333333333"],"regions":["eu-west-1"],"clusterTag":"costops=on"}]}
        """;

    private readonly SimulatedAccount _hub = new(new SimulatorOptions { AccountId = "999999999999", Region = "eu-west-1" });
    private readonly StringWriter _output = new();

    private Function Deploy(string? targets = Targets, Dictionary<string, string?>? changes = null)
    {
        var variables = Inputs.With(Inputs.SchedulerEnvironment(), new() { ["COSTOPS_CLUSTERS"] = null, [Composition.TargetsVariable] = targets });
        foreach (var (key, value) in SimulatedAws.Variables(_hub))
        {
            variables[key] = value;
        }

        Inputs.With(variables, changes ?? []);
        var ports = new HostPorts(variables, _hub.Clock, _output, () => "trace-1") { Overrides = new HostOverrides(new SimulatorHandler(_hub), new InMemoryStateStore(_hub.Clock)) };
        return new Function(ports);
    }

    [Fact]
    public async Task HandleAsync_ScheduledEventInHubMode_QueuesOneWorkerPerAccountRegionAndChangesNothing()
    {
        var body = await Inputs.Run(Deploy().HandleAsync, Inputs.Scheduled);

        Assert.Equal((5, 5, 0), (body.GetProperty("targets").GetInt32(), body.GetProperty("workersStarted").GetInt32(), body.GetProperty("targetsFailed").GetInt32()));
        Assert.All(_hub.Invocations, i => Assert.Equal("costops-scheduler", i.FunctionName));
        Assert.Equal(
        [
            """{"command":"run","account":"111111111111","region":"eu-west-1","dryRun":false}""",
            """{"command":"run","account":"111111111111","region":"us-east-1","dryRun":false}""",
            """{"command":"run","account":"222222222222","region":"eu-west-1","dryRun":false}""",
            """{"command":"run","account":"222222222222","region":"us-east-1","dryRun":false}""",
            """{"command":"run","account":"333333333333","region":"eu-west-1","dryRun":false}""",
        ], _hub.Invocations.Select(i => i.Payload).Order(StringComparer.Ordinal));
        Assert.Contains("\"event\":\"scheduler.hub_summary\"", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"WorkersStarted\"", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_DryRunInHubMode_WorkersAreDryRunsToo()
    {
        await Inputs.Run(Deploy().HandleAsync, Inputs.ManualRun);

        Assert.Equal(5, _hub.Invocations.Count);
        Assert.All(_hub.Invocations, i => Assert.Contains("\"dryRun\":true", i.Payload, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_WorkerEventForAnAccountRegionNoTargetReaches_FailsAndChangesNothing()
    {
        var ex = await Assert.ThrowsAsync<InvocationFailedException>(() =>
            Inputs.Run(Deploy().HandleAsync, """{"command":"run","account":"333333333333","region":"us-east-1"}"""));

        Assert.StartsWith("333333333333/us-east-1 is not a target of COSTOPS_TARGETS", ex.Failure, StringComparison.Ordinal);
        Assert.Empty(_hub.Invocations);
    }

    [Fact]
    public async Task HandleAsync_WorkerEventWithoutTargets_FailsNamingTheVariable()
    {
        var ex = await Assert.ThrowsAsync<InvocationFailedException>(() =>
            Inputs.Run(Deploy(targets: null, new() { ["COSTOPS_CLUSTERS"] = "app" }).HandleAsync, """{"command":"run","account":"111111111111","region":"eu-west-1"}"""));

        Assert.Contains("COSTOPS_TARGETS is not set", ex.Failure, StringComparison.Ordinal);
        Assert.Contains("111111111111/eu-west-1", ex.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_InvalidTargets_FailsNamingTheVariablePathAndValue()
    {
        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => Inputs.Run(
            Deploy("""{"role":"costops-member","regions":["eu-west-1"],"targets":[{"accounts":["12345"],"clusters":["app"]}]}""").HandleAsync, Inputs.Scheduled));

        Assert.Contains("COSTOPS_TARGETS", ex.Message, StringComparison.Ordinal);
        Assert.Contains("targets[0].accounts[0]: '12345': expected an AWS account id of exactly 12 digits", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_hub.Invocations);
    }

    [Fact]
    public void Compose_TargetsWithClusterVariablesUnset_NoProblem()
    {
        var environment = Inputs.With(Inputs.SchedulerEnvironment(), new() { ["COSTOPS_CLUSTERS"] = null, [Composition.TargetsVariable] = Targets });

        var (handler, problems) = Compositions.Compose("scheduler", environment);

        Assert.Empty(problems);
        Assert.IsNotType<UncomposedHandler>(handler);
    }
}
