using CostOps.Aws;
using CostOps.Aws.Adapters;
using CostOps.Core.Spot;
using CostOps.Hosting;
using CostOps.Hosting.Configuration;
using CostOps.Hosting.Events;

namespace CostOps.SpotManager;

/// <summary>Builds the Spot manager's handler at cold start from the environment; every bad value is reported with what is expected.</summary>
internal static class Composition
{
    internal const string Table = CommonSettings.Table;
    internal const string Clusters = ClusterScopeSetting.ClustersVariable;
    internal const string ClusterTag = ClusterScopeSetting.TagVariable;
    internal const string DefaultClusters = "COSTOPS_SPOT_DEFAULT_CLUSTERS";
    internal const string Base = "COSTOPS_SPOT_BASE";
    internal const string Weights = "COSTOPS_SPOT_WEIGHTS";
    internal const string Interruptions = "COSTOPS_SPOT_INTERRUPTIONS";
    internal const string Cooldown = "COSTOPS_SPOT_COOLDOWN_MINUTES";
    internal const string MaxCooldown = "COSTOPS_SPOT_MAX_COOLDOWN_MINUTES";

    internal static readonly EventKind[] Events = [EventKind.EcsServiceAction, EventKind.EcsTaskStateChange, EventKind.ScheduledEvent, EventKind.SchedulerPayload];
    internal static readonly ManualCommandKind[] Commands = [ManualCommandKind.Run];

    public static IInvocationHandler Compose(HostComposition composition)
    {
        var env = composition.Environment;
        var table = CommonSettings.TableName(env);
        var scope = ReadScope(env);
        var options = ReadOptions(env, scope);
        if (scope is null || options is null || env.Problems.Count > 0)
        {
            return UncomposedHandler.Instance;
        }

        var aws = new AwsAccess(env.Variables, composition.Time, composition.Log, handler: composition.Overrides?.AwsHandler);
        var ports = new SpotPorts(
            new EcsServiceInventory(aws.Ecs, scope, composition.Log),
            new EcsSpotServices(aws.Ecs, scope),
            new EcsServiceStrategy(aws.Ecs),
            new EcsClusterProviders(aws.Ecs, scope),
            composition.Overrides?.StateStore ?? aws.StateStore(table),
            composition.Overrides?.SpotUsage ?? aws.SpotUsage(table));
        var manager = new Core.Spot.SpotManager(new SpotDecider(options), ports, composition.Metrics, composition.Log, composition.Time);
        return new AcceptOnlyHandler(composition.FunctionName, Events, Commands, new SpotManagerHandler(manager, aws.Transport.Statistics));
    }

    /// <summary>The same scope syntax as the scheduler: <c>COSTOPS_CLUSTERS</c> or <c>COSTOPS_CLUSTER_TAG</c>.</summary>
    private static EcsInventoryOptions? ReadScope(EnvironmentReader env) =>
        ClusterScopeSetting.Read(env) is { } scope
            ? new EcsInventoryOptions { Clusters = scope.Clusters, ClusterTagKey = scope.TagKey, ClusterTagValue = scope.TagValue }
            : null;

    internal static SpotOptions? ReadOptions(EnvironmentReader env, EcsInventoryOptions? scope)
    {
        var ok = true;
        var defaults = env.OptionalString(DefaultClusters);
        if (!SpotSettingsParser.TryParseClusters(defaults, out var defaultClusters))
        {
            env.Report(DefaultClusters, defaults, SpotSettingsParser.ClustersExpected);
            ok = false;
        }
        else if (scope is { ClusterTagKey: null } && defaultClusters.FirstOrDefault(d => !scope.Clusters.Any(c => string.Equals(c[(c.LastIndexOf('/') + 1)..], d, StringComparison.Ordinal))) is { } outside)
        {
            env.Report(DefaultClusters, defaults, $"clusters listed in {Clusters}; '{outside}' is not");
            ok = false;
        }

        var weights = env.OptionalString(Weights, "0:1");
        if (!SpotSettingsParser.TryParseWeights(weights, out var fargateWeight, out var spotWeight))
        {
            env.Report(Weights, weights, SpotSettingsParser.WeightsExpected);
            ok = false;
        }

        var interruptions = env.OptionalString(Interruptions, "3/30m");
        if (!SpotSettingsParser.TryParseInterruptions(interruptions, out var count, out var window))
        {
            env.Report(Interruptions, interruptions, SpotSettingsParser.InterruptionsExpected);
            ok = false;
        }

        var spotBase = env.Int(Base, 0, 0, 100_000);
        var cooldown = env.Minutes(Cooldown, 60, 1, 1440);
        var maxCooldown = env.Minutes(MaxCooldown, 480, 1, 10_080);
        if (maxCooldown < cooldown)
        {
            env.Report(MaxCooldown, env.OptionalString(MaxCooldown), $"at least {Cooldown} ({cooldown.TotalMinutes} minutes)");
            ok = false;
        }

        return ok
            ? new SpotOptions
            {
                DefaultClusters = defaultClusters,
                Base = spotBase,
                FargateWeight = fargateWeight,
                SpotWeight = spotWeight,
                InterruptionThreshold = count,
                InterruptionWindow = window,
                Cooldown = cooldown,
                MaxCooldown = maxCooldown,
            }
            : null;
    }
}
