using System.Text.Json;
using CostOps.Cli.SelfCheck;

namespace CostOps.Cli.Tests.SelfCheck;

public sealed class SchedulerSummaryFormatterTests
{
    [Fact]
    public void Format_NoServices_SaysWhatToCheck()
    {
        var lines = Format("""{"dryRun":true,"services":[],"stopped":0}""");

        Assert.Contains(lines, l => l.Contains("No managed services were found", StringComparison.Ordinal));
    }

    [Fact]
    public void Format_NoNextMember_SaysTheAnswerNamesNone()
    {
        var lines = Format("""{"dryRun":true,"services":[]}""");

        Assert.Equal("Next boundary: the scheduler's answer does not name one; the safety tick runs it regularly anyway.", lines[^1]);
    }

    [Fact]
    public void Format_SchedulersNextBoundary_SaysWhatItMeans()
    {
        var lines = Format("""{"dryRun":true,"services":[],"nextBoundary":"2026-11-17T07:00:00+00:00"}""");

        Assert.Equal("Next boundary: 2026-11-17T07:00:00+00:00, when a managed service's schedule next changes; the scheduler is woken up for it.", lines[^1]);
    }

    [Fact]
    public void Format_NextChangeAsString_PrintsIt()
    {
        var lines = Format("""{"dryRun":true,"services":[],"nextChangeAt":"2026-11-17T07:00:00Z"}""");

        Assert.Equal("Next boundary (nextChangeAt): 2026-11-17T07:00:00Z", lines[^1]);
    }

    [Fact]
    public void Format_FailedServiceAndRunError_ShowsBoth()
    {
        var lines = Format("""
            {"dryRun":true,"failed":1,"runError":"listing clusters failed",
             "services":[{"clusterName":"c","serviceName":"s","action":"Fail","reason":"read tags","error":"AccessDeniedException"}]}
            """);

        Assert.Contains("  Fail   c/s: read tags (AccessDeniedException)", lines);
        Assert.Contains("  The run itself reported: listing clusters failed", lines);
    }

    [Fact]
    public void Format_NotAnObject_SaysSo()
    {
        Assert.Equal(["The scheduler answered [1], not a run summary."], Format("[1]"));
    }

    private static IReadOnlyList<string> Format(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SchedulerSummaryFormatter.Format(document.RootElement);
    }
}
