using System.Text.Json;
using CostOps.Core.State;
using CostOps.Hosting;
using CostOps.Scheduler;
using CostOps.Simulator;

namespace CostOps.Functions.Tests.Scheduler;

/// <summary>
/// The scheduler deployed in the hub of a simulated organisation with COSTOPS_TARGETS, and Lambda's asynchronous queue
/// played by hand: every invocation the function queues of itself (workers, continuations) is run in turn.
/// </summary>
internal sealed class OrganizationDeployment
{
    public const string Hub = "123456789012";

    private readonly StringWriter _output = new();
    private int _delivered;

    public OrganizationDeployment(SimulatedOrganization organization, string targets, Dictionary<string, string?>? changes = null)
    {
        Organization = organization;
        var variables = Inputs.With(Inputs.SchedulerEnvironment(), new()
        {
            ["COSTOPS_CLUSTERS"] = null,
            [Composition.TargetsVariable] = targets,
            ["COSTOPS_BOUNDARY_SCHEDULE_GROUP"] = "costops",
            ["COSTOPS_BOUNDARY_ROLE_ARN"] = $"arn:aws:iam::{Hub}:role/costops-boundary-wakeup",
            ["COSTOPS_FUNCTION_ARN"] = $"arn:aws:lambda:us-west-2:{Hub}:function:costops-scheduler",
        });
        foreach (var (key, value) in SimulatedAws.Variables(organization.Hub))
        {
            variables[key] = value;
        }

        Inputs.With(variables, changes ?? []);
        Store = new InMemoryStateStore(organization.Clock);
        var ports = new HostPorts(variables, organization.Clock, _output, () => "trace-1") { Overrides = new HostOverrides(organization.Handler, Store) };
        Function = new Function(ports);
    }

    public SimulatedOrganization Organization { get; }

    public Function Function { get; }

    public InMemoryStateStore Store { get; }

    public string Output => _output.ToString();

    /// <summary>Every run of this pass: the input, and the body or the failure.</summary>
    public List<(string Input, JsonElement? Body, string? Failure)> Runs { get; } = [];

    /// <summary>Runs <paramref name="input"/>, then everything it and its workers queue, until the queue is empty.</summary>
    public async Task RunAsync(string input)
    {
        Runs.Clear();
        var pending = new Queue<string>([input]);
        while (pending.TryDequeue(out var next))
        {
            try
            {
                Runs.Add((next, await Inputs.Run(Function.HandleAsync, next), null));
            }
            catch (InvocationFailedException ex)
            {
                Runs.Add((next, null, ex.Failure));
            }

            var queued = Organization.Hub.Invocations;
            for (; _delivered < queued.Count; _delivered++)
            {
                Assert.Equal("costops-scheduler", queued[_delivered].FunctionName);
                pending.Enqueue(queued[_delivered].Payload);
            }
        }
    }
}
