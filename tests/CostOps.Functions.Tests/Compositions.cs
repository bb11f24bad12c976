using CostOps.Hosting;
using CostOps.Hosting.Configuration;
using CostOps.Hosting.Observability;
using CostOps.TestSupport;

namespace CostOps.Functions.Tests;

/// <summary>Each function's composition, run on an environment, with the problems it reported.</summary>
internal static class Compositions
{
    public static readonly IReadOnlyDictionary<string, Func<HostComposition, IInvocationHandler>> ByFunction =
        new Dictionary<string, Func<HostComposition, IInvocationHandler>>(StringComparer.Ordinal)
        {
            ["scheduler"] = CostOps.Scheduler.Composition.Compose,
            ["cost-report"] = CostOps.CostReport.Composition.Compose,
            ["budget-alerts"] = CostOps.BudgetAlerts.Composition.Compose,
            ["spot-manager"] = CostOps.SpotManager.Composition.Compose,
            ["wake"] = CostOps.Wake.Composition.Compose,
        };

    /// <summary>A complete, valid environment for the function.</summary>
    public static Dictionary<string, string?> ValidEnvironment(string function) => function switch
    {
        "scheduler" => Inputs.SchedulerEnvironment(),
        "cost-report" or "budget-alerts" => Inputs.ReportingEnvironment(),
        "wake" => Inputs.With(Inputs.BaseEnvironment(), new() { ["COSTOPS_TABLE"] = "costops-state" }),
        "spot-manager" => Inputs.With(Inputs.BaseEnvironment(), new() { ["COSTOPS_TABLE"] = "costops-state", ["COSTOPS_CLUSTERS"] = "dev,staging" }),
        _ => Inputs.BaseEnvironment(),
    };

    /// <summary>Runs the host's settings and the function's composition as a cold start does.</summary>
    public static (IInvocationHandler Handler, IReadOnlyList<ConfigurationProblem> Problems) Compose(string function, Dictionary<string, string?> environment)
    {
        var reader = new EnvironmentReader(environment);
        var time = TestClock.At("2026-11-16T07:00:00Z");
        var output = new StringWriter();
        HostOptions.Read(reader);
        var handler = ByFunction[function](new HostComposition(function, reader, time, new JsonLineLog(output, time, function), new EmfMetrics(output, time, function)));
        return (handler, reader.Problems);
    }
}
