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
        var inventory = ClusterScope.Read(env);
        var options = new SchedulerOptions
        {
            DryRun = env.Bool(DryRun, false),
            RestopDrift = env.Bool(RestopDrift, false),
            TimeBudget = env.Seconds(TimeBudget, 600, 30, 840),
            MaxConcurrency = env.Int(Concurrency, 8, 1, 64),
            StatusTagKey = ReadStatusTag(env),
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
            var problem = ex.Problems.Count == 1
                ? ex.Problems[0]
                : $"{ex.Problems.Count} problems:" + string.Concat(ex.Problems.Select(p => "\n  - " + p));
            env.Report(ScheduleConfiguration.EnvironmentVariable, env.OptionalString(ScheduleConfiguration.EnvironmentVariable), ScheduleConfiguration.Expected, problem);
            return null;
        }
    }

    private static string ReadStatusTag(EnvironmentReader env)
    {
        var key = env.OptionalString(StatusTag, "costops:status");
        if (key.Length > 128 || key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)
            || !key.All(c => char.IsLetterOrDigit(c) || " _.:/=+-@".Contains(c, StringComparison.Ordinal)))
        {
            env.Report(StatusTag, key, "a tag key of up to 128 letters, digits, spaces and _ . : / = + - @, not starting with aws:, e.g. costops:status");
        }

        return key;
    }

    private static void CheckBudgetFitsTimeout(EnvironmentReader env, TimeSpan budget)
    {
        if (int.TryParse(env.OptionalString(HostOptions.TimeoutVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var timeout)
            && budget.TotalSeconds + 60 > timeout)
        {
            var set = env.OptionalString(TimeBudget);
            env.Report(TimeBudget, set,
                $"at least 60 seconds less than {HostOptions.TimeoutVariable} ({timeout}), to leave time to hand over the rest and report",
                set is null ? $"its default of {budget.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds is too long for this timeout" : null);
        }
    }
}
