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
    internal const string Clusters = ClusterScopeSetting.ClustersVariable;
    internal const string ClusterTag = ClusterScopeSetting.TagVariable;
    internal const string Headroom = "COSTOPS_RIGHTSIZING_HEADROOM";

    internal static readonly EventKind[] Events = [EventKind.ScheduledEvent];
    internal static readonly ManualCommandKind[] Commands = [ManualCommandKind.Report];

    public static IInvocationHandler Compose(HostComposition composition)
    {
        var env = composition.Environment;
        var table = CommonSettings.TableName(env);
        var topic = CommonSettings.Topic(env);
        var account = CommonSettings.Account(env);
        var bucket = ReadBucket(env);
        var prefix = env.OptionalString(Prefix, "reports/");
        var anomalies = AnomalySettings.Read(env);
        var options = new WeeklyReportOptions
        {
            TimeZone = Checked(env, TimeZone, "UTC", "an IANA time zone name, e.g. Europe/Berlin, America/New_York or UTC", v => new WeeklyReportOptions { TimeZone = v }),
            Metric = Checked(env, Metric, "UnblendedCost", "one of " + string.Join(", ", WeeklyReportOptions.Metrics.Order(StringComparer.Ordinal)), v => new WeeklyReportOptions { Metric = v }),
            CostAllocationTag = Checked(env, CostTag, "Environment", "a cost-allocation tag key of 1 to 128 characters, e.g. Environment", v => new WeeklyReportOptions { CostAllocationTag = v }),
            AnomalyMonitorArn = anomalies.MonitorArn,
            AnomalyMinimumImpact = anomalies.MinimumImpact,
            RightSizingHeadroom = ReadHeadroom(env),
        };

        // Right-sizing and the runaway guard look at the clusters in CostOps' scope; without one they say so in the report.
        var scope = env.OptionalString(Clusters) is null && env.OptionalString(ClusterTag) is null ? null : ClusterScopeSetting.Read(env);

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
            new S3ReportArchive(aws.S3, bucket, prefix, aws.S3Links),
            new SnsNotifier(aws.Sns, topic),
            composition.Log,
            composition.Metrics,
            new AwsInsightsSource(
                aws.CostExplorer,
                aws.CloudWatch,
                aws.AutoScaling,
                scope is null ? null : new EcsServiceInventory(aws.Ecs, new EcsInventoryOptions { Clusters = scope.Clusters, ClusterTagKey = scope.TagKey, ClusterTagValue = scope.TagValue }, composition.Log),
                options.AnomalyMonitorArn,
                options.AnomalyMinimumImpact,
                store));
        return new AcceptOnlyHandler(composition.FunctionName, Events, Commands, new CostReportHandler(service));
    }

    /// <summary>An optional setting, checked on its own so that every bad one is reported, each in the user's terms.</summary>
    private static string Checked(EnvironmentReader env, string name, string fallback, string expected, Func<string, WeeklyReportOptions> with)
    {
        var value = env.OptionalString(name);
        if (value is null)
        {
            return fallback;
        }

        try
        {
            with(value).Validate();
        }
        catch (ArgumentException)
        {
            env.Report(name, value, expected);
        }

        return value;
    }

    private static decimal ReadHeadroom(EnvironmentReader env)
    {
        var value = env.OptionalString(Headroom);
        try
        {
            return Core.Insights.RightSizingOptions.ParseHeadroom(value, Headroom);
        }
        catch (ArgumentException)
        {
            env.Report(Headroom, value, "a share of the task size above 0 and at most 1 (e.g. 0.7) or a percentage (e.g. 70%)");
            return Core.Insights.RightSizingOptions.DefaultHeadroom;
        }
    }

    private static string ReadBucket(EnvironmentReader env)
    {
        const string expected = "the S3 bucket that keeps the HTML reports: its name, 3 to 63 lowercase letters, digits, '.' and '-', e.g. costops-reports";
        var bucket = env.RequiredString(Bucket, expected);
        if (bucket.Length > 0 && (bucket.Length is < 3 or > 63 || !bucket.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-')
            || !char.IsAsciiLetterOrDigit(bucket[0]) || !char.IsAsciiLetterOrDigit(bucket[^1])))
        {
            env.Report(Bucket, bucket, expected);
        }

        return bucket;
    }
}
