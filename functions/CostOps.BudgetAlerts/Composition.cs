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
        BudgetAlertOptions? options = null;
        try
        {
            options = BudgetAlertOptions.FromSettings(env.OptionalString);
        }
        catch (BudgetConfigurationException ex)
        {
            env.Report(ex.Setting, env.OptionalString(ex.Setting), ex.Message);
        }

        if (options is null || env.Problems.Count > 0)
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
            options);
        return new AcceptOnlyHandler(composition.FunctionName, Events, Commands, new BudgetAlertsHandler(service));
    }
}
