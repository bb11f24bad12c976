using System.Globalization;
using CostOps.Aws;
using CostOps.Aws.Adapters;
using CostOps.Core.Observability;
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
    internal const string BoundaryGroup = "COSTOPS_BOUNDARY_SCHEDULE_GROUP";
    internal const string BoundaryRole = "COSTOPS_BOUNDARY_ROLE_ARN";
    internal const string FunctionArn = "COSTOPS_FUNCTION_ARN";
    internal const string WakeTargetGroup = "COSTOPS_WAKE_TARGET_GROUP_ARN";
    internal const string TargetsVariable = Core.Targets.TargetConfiguration.EnvironmentVariable;
    internal const string WakeUpOffMessage = "boundary wake-up off: the safety tick alone decides how late a boundary is handled";

    internal static readonly EventKind[] Events = [EventKind.ScheduledEvent, EventKind.SchedulerPayload];
    internal static readonly ManualCommandKind[] Commands = [ManualCommandKind.Run];

    public static IInvocationHandler Compose(HostComposition composition)
    {
        var env = composition.Environment;
        var table = CommonSettings.TableName(env);
        var schedules = ReadSchedules(env);
        var targets = TargetsComposition.Read(env, out var hubMode);

        // With targets, each target names its own clusters; COSTOPS_CLUSTERS / COSTOPS_CLUSTER_TAG are not read.
        var inventory = hubMode ? null : ReadScope(env);
        var statusTag = ReadStatusTag(env);
        var options = new SchedulerOptions
        {
            DryRun = env.Bool(DryRun, false),
            RestopDrift = env.Bool(RestopDrift, false),
            TimeBudget = env.Seconds(TimeBudget, 600, 30, 840),
            MaxConcurrency = env.Int(Concurrency, 8, 1, 64),
            StatusTagKey = statusTag ?? "costops:status",
            WriteStatusTag = statusTag is not null,
            Region = env.OptionalString("AWS_REGION") ?? env.OptionalString("AWS_DEFAULT_REGION") ?? string.Empty,
        };
        CheckBudgetFitsTimeout(env, options.TimeBudget);
        var functionName = env.RequiredString(FunctionNameVariable, "this function's name (Lambda sets it)");
        var wakeUp = ReadWakeUp(env);
        var wakeGroup = ReadWakeTargetGroup(env);
        if (schedules is null || (hubMode ? targets is null : inventory is null) || env.Problems.Count > 0)
        {
            return UncomposedHandler.Instance;
        }

        var aws = new AwsAccess(env.Variables, composition.Time, composition.Log, handler: composition.Overrides?.AwsHandler);
        var store = composition.Overrides?.StateStore ?? aws.StateStore(table);
        if (targets is not null)
        {
            return TargetsComposition.Compose(composition, aws, targets, new WorkerSettings(schedules, options, functionName, store, wakeUp));
        }
        var ports = new SchedulerPorts(
            new EcsServiceInventory(aws.Ecs, inventory!, composition.Log),
            new EcsServiceCapacity(aws.Ecs),
            new AutoScalingServiceScaling(aws.AutoScaling),
            new EcsServiceTagger(aws.Ecs),
            new LambdaRunContinuation(aws.Lambda, functionName),
            store,
            store,
            wakeUp is null ? null : new EventBridgeBoundaryWakeUp(aws.Scheduler, wakeUp),
            wakeGroup is null ? null : new ElbWakeRouting(aws.LoadBalancing, wakeGroup));
        if (wakeUp is null)
        {
            composition.Log.Write(LogLevel.Info, "scheduler.wakeup_off", WakeUpOffMessage, []);
        }

        var reconciler = new SchedulerReconciler(new ScheduleDecider(schedules), ports, options, composition.Metrics, composition.Log, composition.Time);
        return new AcceptOnlyHandler(composition.FunctionName, Events, Commands, new SchedulerHandler(reconciler, aws.Transport.Statistics));
    }

    /// <summary>The wake target group: set, stopped services tagged <c>costops:wake=on</c> send their visitors to the wake page; absent, no rule is touched.</summary>
    private static string? ReadWakeTargetGroup(EnvironmentReader env)
    {
        var arn = env.OptionalString(WakeTargetGroup);
        if (arn is not null && WakeTargetGroupProblem(arn) is { } problem)
        {
            env.Report(WakeTargetGroup, arn, problem);
            return null;
        }

        return arn;
    }

    internal static string? WakeTargetGroupProblem(string arn)
    {
        var parts = arn.Split(':');
        return parts.Length == 6 && parts[0] == "arn" && parts[2] == "elasticloadbalancing" && parts[5].StartsWith("targetgroup/", StringComparison.Ordinal)
            ? null
            : "the ARN of the wake function's target group, e.g. arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/costops-wake/0123456789abcdef, or unset to turn waking off";
    }

    /// <summary>The boundary wake-up: on with all three variables, off with none; some of them is a configuration problem.</summary>
    private static BoundaryWakeUpOptions? ReadWakeUp(EnvironmentReader env)
    {
        var names = new[] { BoundaryGroup, BoundaryRole, FunctionArn };
        var values = names.Select(n => env.OptionalString(n)).ToArray();
        var missing = names.Where((_, i) => values[i] is null).ToList();
        if (missing.Count == names.Length)
        {
            return null;
        }

        foreach (var name in missing)
        {
            env.Report(name, null,
                $"{(name == BoundaryGroup ? "the EventBridge Scheduler schedule group" : name == BoundaryRole ? "the role EventBridge Scheduler assumes to invoke this function" : "this function's ARN")}, "
                + $"because {string.Join(" and ", names.Except(missing))} {(missing.Count == 2 ? "is" : "are")} set: the boundary wake-up needs all of "
                + $"{string.Join(", ", names)}, or none of them to turn it off");
        }

        if (missing.Count > 0)
        {
            return null;
        }

        var problems = new[] { BoundaryWakeUpOptions.GroupNameProblem(values[0]!), BoundaryWakeUpOptions.RoleArnProblem(values[1]!), BoundaryWakeUpOptions.FunctionArnProblem(values[2]!) };
        for (var i = 0; i < names.Length; i++)
        {
            if (problems[i] is { } problem)
            {
                env.Report(names[i], values[i], problem);
            }
        }

        return problems.Any(p => p is not null) ? null : new BoundaryWakeUpOptions(values[0]!, values[1]!, values[2]!);
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

    /// <returns>The status tag key, or null when the tag is turned off (<c>off</c>).</returns>
    private static string? ReadStatusTag(EnvironmentReader env)
    {
        var key = env.OptionalString(StatusTag, "costops:status");
        if (string.Equals(key, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (key.Length > 128 || key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)
            || !key.All(c => char.IsLetterOrDigit(c) || " _.:/=+-@".Contains(c, StringComparison.Ordinal)))
        {
            env.Report(StatusTag, key, "a tag key of up to 128 letters, digits, spaces and _ . : / = + - @, not starting with aws:, e.g. costops:status, or off to write no status tag");
        }

        return key;
    }

    /// <summary>Clusters by name or ARN, or by tag (<c>key</c> or <c>key=value</c>): exactly one of the two.</summary>
    internal static EcsInventoryOptions? ReadScope(EnvironmentReader env) =>
        ClusterScopeSetting.Read(env) is { } scope
            ? new EcsInventoryOptions { Clusters = scope.Clusters, ClusterTagKey = scope.TagKey, ClusterTagValue = scope.TagValue }
            : null;

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
