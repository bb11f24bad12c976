using System.Text.Json;

namespace CostOps.Cli.SelfCheck;

/// <summary>Turns the report function's preview answer into lines: the week, what it cost, the subject and the text.</summary>
public static class ReportPreviewFormatter
{
    /// <returns>The lines, and whether the answer was a preview (false: the function ran a real report instead).</returns>
    public static (IReadOnlyList<string> Lines, bool WasPreview) Format(JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.Object)
        {
            return ([$"The report function answered {answer.GetRawText()}, not a report preview."], false);
        }

        if (!(answer.TryGetProperty("preview", out var preview) && preview.ValueKind == JsonValueKind.True))
        {
            return ([$"The report function did not render a preview (it answered {answer.GetRawText()}): it runs older code than this CLI; run make deploy again so it is updated."], false);
        }

        var lines = new List<string>();
        var week = Text(answer, "week") ?? "?";
        var requests = answer.TryGetProperty("costExplorerRequests", out var r) ? r.GetRawText() : "?";
        var cost = answer.TryGetProperty("costExplorerCostUsd", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetDecimal(out var usd) ? "$" + SchedulerSummaryFormatter.Invariant(usd) : "?";
        lines.Add($"Weekly report preview for {week} ({requests} Cost Explorer requests, {cost}; nothing was sent):");
        if (Text(answer, "costExplorerProblem") is { } problem)
        {
            lines.Add($"  Cost Explorer could not answer: {problem}");
        }

        lines.Add($"  Subject: {Text(answer, "subject")}");
        lines.AddRange((Text(answer, "text") ?? string.Empty).Split('\n').Select(l => "  | " + l.TrimEnd()));
        return (lines, true);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
