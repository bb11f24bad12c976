namespace CostOps.Cli.SelfCheck;

/// <summary>What the self-check calls, and where the reminder and the closing lines point.</summary>
public sealed record SelfCheckTargets(string Region, string SchedulerFunction, string ReportFunction, string? TopicArn, IReadOnlyList<string> Emails)
{
    /// <summary>The CloudWatch dashboard of the deploy (terraform output dashboard_url), when known.</summary>
    public string? DashboardUrl { get; init; }
}
