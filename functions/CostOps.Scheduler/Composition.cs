using System.Globalization;
using CostOps.Aws;
using CostOps.Aws.Adapters;
using CostOps.Core.Scheduler;
using CostOps.Core.Schedules;
using CostOps.Hosting;
using CostOps.Hosting.Configuration;
using CostOps.Hosting.Events;

namespace CostOps.Scheduler;

/// <summary>Builds the scheduler's handler at cold start from the environment.</summary>
internal static class Composition
{
    internal const string Clusters = ClusterScopeSetting.ClustersVariable;
    internal const string ClusterTag = ClusterScopeSetting.TagVariable;
    internal const string DryRun = "COSTOPS_DRY_RUN";
    internal const string RestopDrift = "COSTOPS_RESTOP_DRIFT";
    internal const string TimeBudget = "COSTOPS_TIME_BUDGET_SECONDS";
    internal const string Concurrency = "COSTOPS_MAX_CONCURRENCY";
    internal const string StatusTag = "COSTOPS_STATUS_TAG";
    internal const string FunctionNameVariable = "AWS_LAMBDA_FUNCTION_NAME";

    internal static readonly EventKind[] Events = [EventKind.ScheduledEvent, EventKind.SchedulerPayload];
    internal static readonly ManualCommandKind[] Commands = [ManualCommandKind.Run];

    public static IInvocationHandler Compose(HostComposition composition)
    {
        var env = composition.Environment;
        var table = CommonSettings.TableName(env);
        var schedules = ReadSchedules(env);
        var inventory = ReadScope(env);
        var options = new SchedulerOptions
        {
            DryRun = env.Bool(DryRun, false),
            RestopDrift = env.Bool(RestopDrift, false),
            TimeBudget = env.Seconds(TimeBudget, 600, 30, 840),
            MaxConcurrency = env.Int(Concurrency, 8, 1, 64),
            StatusTagKey = env.OptionalString(StatusTag, "costops:status"),
            Region = env.OptionalString("AWS_REGION") ?? env.OptionalString("AWS_DEFAULT_REGION") ?? string.Empty,
        };
        CheckBudgetFitsTimeout(env, options.TimeBudget);
        var functionName = env.RequiredString(FunctionNameVariable, "this function's name (Lambda sets it)");
        if (schedules is null || inventory is null || env.Problems.Count > 0)
        {
            return UncomposedHandler.Instance;
        }

        var aws = new AwsAccess(env.Variables, composition.Time, composition.Log);
        var store = aws.StateStore(table);
        var ports = new SchedulerPorts(
            new EcsServiceInventory(aws.Ecs, inventory, composition.Log),
            new EcsServiceCapacity(aws.Ecs),
            new AutoScalingServiceScaling(aws.AutoScaling),
            new EcsServiceTagger(aws.Ecs),
            new LambdaRunContinuation(aws.Lambda, functionName),
            store,
            store);
        var reconciler = new SchedulerReconciler(new ScheduleDecider(schedules), ports, options, composition.Metrics, composition.Log, composition.Time);
        return new AcceptOnlyHandler(composition.FunctionName, Events, Commands, new SchedulerHandler(reconciler, aws.Transport.Statistics));
    }

    private static ScheduleConfiguration? ReadSchedules(EnvironmentReader env)
    {
        try
        {
            return ScheduleConfiguration.FromJson(env.OptionalString(ScheduleConfiguration.EnvironmentVariable));
        }
        catch (ScheduleConfigurationException ex)
        {
            env.Report(ScheduleConfiguration.EnvironmentVariable, null, ex.Message);
            return null;
        }
    }

    /// <summary>Clusters by name (comma-separated) or by tag (<c>key</c> or <c>key=value</c>): exactly one of the two.</summary>
    internal static EcsInventoryOptions? ReadScope(EnvironmentReader env)
    {
        if (ClusterScopeSetting.Read(env) is not { } scope)
        {
            return null;
        }

        var options = new EcsInventoryOptions { Clusters = scope.Clusters, ClusterTagKey = scope.TagKey, ClusterTagValue = scope.TagValue };
        try
        {
            options.Validate();
            return options;
        }
        catch (ArgumentException ex)
        {
            env.Report(scope.Variable, env.OptionalString(scope.Variable), ex.Message);
            return null;
        }
    }

    private static void CheckBudgetFitsTimeout(EnvironmentReader env, TimeSpan budget)
    {
        if (int.TryParse(env.OptionalString(HostOptions.TimeoutVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var timeout)
            && budget.TotalSeconds + 60 > timeout)
        {
            env.Report(TimeBudget, budget.TotalSeconds.ToString(CultureInfo.InvariantCulture),
                $"at least 60 seconds less than {HostOptions.TimeoutVariable} ({timeout}), to leave time to hand over the rest and report");
        }
    }
}
