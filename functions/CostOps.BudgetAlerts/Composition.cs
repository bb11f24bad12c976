using CostOps.Aws;
using CostOps.Aws.Adapters;
using CostOps.Core.Budgets;
using CostOps.Hosting;
using CostOps.Hosting.Configuration;
using CostOps.Hosting.Events;

namespace CostOps.BudgetAlerts;

/// <summary>Builds the budget alerts handler at cold start from the environment.</summary>
internal static class Composition
{
    internal static readonly EventKind[] Events = [EventKind.ScheduledEvent];
    internal static readonly ManualCommandKind[] Commands = [ManualCommandKind.Check];

    public static IInvocationHandler Compose(HostComposition composition)
    {
        var env = composition.Environment;
        var table = CommonSettings.TableName(env);
        var topic = CommonSettings.Topic(env);
        var account = CommonSettings.Account(env);
        var options = ReadOptions(env) with { AccountId = account };
        var anomalies = AnomalySettings.Read(env);

        // The runaway guard in alerts on budgets at risk reads the clusters in CostOps' scope; without one it says so.
        var scope = env.OptionalString(ClusterScopeSetting.ClustersVariable) is null && env.OptionalString(ClusterScopeSetting.TagVariable) is null ? null : ClusterScopeSetting.Read(env);
        if (env.Problems.Count > 0)
        {
            return UncomposedHandler.Instance;
        }

        var aws = new AwsAccess(env.Variables, composition.Time, composition.Log, handler: composition.Overrides?.AwsHandler);
        var store = composition.Overrides?.StateStore ?? aws.StateStore(table);
        var service = new BudgetAlertService(
            new BudgetsSource(aws.Budgets, account, composition.Time),
            store,
            new SnsNotifier(aws.Sns, topic),
            new CostExplorerDataReader(aws.CostExplorer),
            store,
            composition.Log,
            composition.Metrics,
            composition.Time,
            options,
            new AwsInsightsSource(
                aws.CostExplorer,
                aws.CloudWatch,
                aws.AutoScaling,
                scope is null ? null : new EcsServiceInventory(aws.Ecs, new EcsInventoryOptions { Clusters = scope.Clusters, ClusterTagKey = scope.TagKey, ClusterTagValue = scope.TagValue }, composition.Log),
                anomalies.MonitorArn,
                anomalies.MinimumImpact,
                store));
        return new AcceptOnlyHandler(composition.FunctionName, Events, Commands, new BudgetAlertsHandler(service));
    }

    /// <summary>The parser's message without the setting's name in front and the example at the end: the problem line has both.</summary>
    private static string Problem(string message)
    {
        var text = message.StartsWith(BudgetThresholdParser.Setting + " ", StringComparison.Ordinal) ? message[(BudgetThresholdParser.Setting.Length + 1)..] : message;
        text = text.StartsWith("is ", StringComparison.Ordinal) ? text[3..] : text;
        var example = text.IndexOf(" Example: ", StringComparison.Ordinal);
        return example >= 0 ? text[..example] : text;
    }

    /// <summary>Each setting on its own, so that every bad one is reported with its value.</summary>
    private static BudgetAlertOptions ReadOptions(EnvironmentReader env)
    {
        var options = new BudgetAlertOptions
        {
            TopServiceCount = env.Int(BudgetAlertOptions.TopServicesSetting, 5, 1, 20),
        };
        if (env.OptionalString(BudgetThresholdParser.Setting) is { } thresholds)
        {
            try
            {
                options = options with { Thresholds = BudgetThresholdParser.Parse(thresholds) };
            }
            catch (BudgetConfigurationException ex)
            {
                env.Report(BudgetThresholdParser.Setting, thresholds, "thresholds such as " + BudgetThresholdParser.Example, Problem(ex.Message));
            }
        }

        if (env.OptionalString(BudgetAlertOptions.BudgetNamesSetting) is { } names)
        {
            options = options with { BudgetNames = names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal) };
        }

        return options;
    }
}
