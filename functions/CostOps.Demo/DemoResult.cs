using CostOps.Simulator;

namespace CostOps.Demo;

/// <summary>What the simulated week produced.</summary>
public sealed record DemoResult(
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<SentMessage> Mails,
    string? ReportHtmlPath,
    SavingsTable Savings,
    IReadOnlyDictionary<string, int> Invocations,
    int InvocationFailures,
    SimulatedAccount Account);
