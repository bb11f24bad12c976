using CostOps.Aws;
using CostOps.Aws.Adapters;
using CostOps.Core.Targets;
using CostOps.Hosting;
using CostOps.Hosting.Configuration;

namespace CostOps.Scheduler;

/// <summary>The scheduler with COSTOPS_TARGETS: the hub's fan-out and the workers it starts, in one function.</summary>
internal static class TargetsComposition
{
    /// <summary>Reads COSTOPS_TARGETS: null when unset (single-account mode) or invalid (reported, so the function composes nothing).</summary>
    public static TargetConfiguration? Read(EnvironmentReader env, out bool set)
    {
        var json = env.OptionalString(TargetConfiguration.EnvironmentVariable);
        set = json is not null;
        try
        {
            return TargetConfiguration.FromJson(json);
        }
        catch (TargetConfigurationException ex)
        {
            var problem = ex.Problems.Count == 1
                ? ex.Problems[0]
                : $"{ex.Problems.Count} problems:" + string.Concat(ex.Problems.Select(p => "\n  - " + p));
            env.Report(TargetConfiguration.EnvironmentVariable, json, TargetConfiguration.Expected, problem);
            return null;
        }
    }

    public static IInvocationHandler Compose(HostComposition composition, AwsAccess aws, TargetConfiguration targets, WorkerSettings settings)
    {
        var organization = new OrganizationsAccountReader(aws.Organizations);
        var hub = new HubFanOut(targets, organization, new LambdaWorkerLauncher(aws.Lambda, settings.FunctionName),
            settings.Options.MaxConcurrency, composition.Metrics, composition.Log, composition.Time);
        var workers = new WorkerRuns(aws, targets, organization, settings, composition.Metrics, composition.Log, composition.Time);
        return new AcceptOnlyHandler(composition.FunctionName, Composition.Events, Composition.Commands, new HubHandler(hub, workers));
    }
}
