using CostOps.Aws;
using CostOps.Aws.Adapters;
using CostOps.Core.Costs;
using CostOps.Hosting;
using CostOps.Hosting.Configuration;
using CostOps.Hosting.Events;
using CostOps.Reports;

namespace CostOps.CostReport;

/// <summary>Builds the weekly cost report's handler at cold start from the environment.</summary>
internal static class Composition
{
    internal const string Bucket = "COSTOPS_REPORT_BUCKET";
    internal const string Prefix = "COSTOPS_REPORT_PREFIX";
    internal const string TimeZone = "COSTOPS_REPORT_TIMEZONE";
    internal const string Metric = "COSTOPS_REPORT_METRIC";
    internal const string CostTag = "COSTOPS_COST_ALLOCATION_TAG";

    internal static readonly EventKind[] Events = [EventKind.ScheduledEvent];
    internal static readonly ManualCommandKind[] Commands = [ManualCommandKind.Report];

    public static IInvocationHandler Compose(HostComposition composition)
    {
        var env = composition.Environment;
        var table = CommonSettings.TableName(env);
        var topic = CommonSettings.Topic(env);
        var account = CommonSettings.Account(env);
        var bucket = env.RequiredString(Bucket, "the S3 bucket that keeps the HTML reports");
        var prefix = env.OptionalString(Prefix, "reports/");
        var options = new WeeklyReportOptions
        {
            TimeZone = env.OptionalString(TimeZone, "UTC"),
            Metric = env.OptionalString(Metric, "UnblendedCost"),
            CostAllocationTag = env.OptionalString(CostTag, "Environment"),
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            env.Report(ex.ParamName switch { "Metric" => Metric, "CostAllocationTag" => CostTag, _ => TimeZone }, null, ex.Message);
        }

        if (env.Problems.Count > 0)
        {
            return UncomposedHandler.Instance;
        }

        var aws = new AwsAccess(env.Variables, composition.Time, composition.Log, handler: composition.Overrides?.AwsHandler);
        var store = composition.Overrides?.StateStore ?? aws.StateStore(table);
        var service = new WeeklyReportService(
            options,
            composition.Time,
            store,
            new CostExplorerDataReader(aws.CostExplorer),
            new BudgetsSource(aws.Budgets, account, composition.Time),
            store,
            store,
            new WeeklyReportRenderer(),
            new S3ReportArchive(aws.S3, bucket, prefix, composition.Time),
            new SnsNotifier(aws.Sns, topic),
            composition.Log,
            composition.Metrics);
        return new AcceptOnlyHandler(composition.FunctionName, Events, Commands, new CostReportHandler(service));
    }
}
