namespace CostOps.Cli.SelfCheck;

/// <summary>What the self-check calls, and where the reminder points.</summary>
public sealed record SelfCheckTargets(string Region, string SchedulerFunction, string ReportFunction, string? TopicArn, IReadOnlyList<string> Emails);
