using System.Globalization;
using System.Text.Json;

namespace CostOps.Cli.SelfCheck;

/// <summary>Turns the scheduler's JSON run summary into lines a person reads: what it would do now and at the next boundary.</summary>
public static class SchedulerSummaryFormatter
{
    private const int MaxServices = 20;

    public static IReadOnlyList<string> Format(JsonElement summary)
    {
        if (summary.ValueKind != JsonValueKind.Object)
        {
            return [$"The scheduler answered {summary.GetRawText()}, not a run summary."];
        }

        var lines = new List<string>();
        var services = summary.TryGetProperty("services", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        var dryRun = summary.TryGetProperty("dryRun", out var flag) && flag.ValueKind == JsonValueKind.True;
        lines.Add($"Now ({(dryRun ? "dry run, nothing was changed" : "NOT a dry run")}): {services.Count} managed service(s); it would stop {Count(summary, "stopped")}, start {Count(summary, "started")}, "
            + $"leave {Count(summary, "unchanged")} as they are, defer {Count(summary, "deferred")}, skip {Count(summary, "skipped")}, and {Count(summary, "failed")} failed.");
        if (services.Count == 0)
        {
            lines.Add("  No managed services were found: check clusters or cluster_tag, and that your services carry a schedule tag (README, Tags on your services).");
        }

        var changing = services.Where(s => Text(s, "action") is { } action && action != "None").ToList();
        foreach (var service in changing.Take(MaxServices))
        {
            var error = Text(service, "error") is { } e ? $" ({e})" : string.Empty;
            lines.Add($"  {Text(service, "action"),-6} {Text(service, "clusterName")}/{Text(service, "serviceName")}: {Text(service, "reason")}{error}");
        }

        if (changing.Count > MaxServices)
        {
            lines.Add($"  ... and {changing.Count - MaxServices} more.");
        }

        if (Text(summary, "runError") is { } runError)
        {
            lines.Add($"  The run itself reported: {runError}");
        }

        lines.AddRange(NextBoundary(summary));
        return lines;
    }

    /// <summary>Whatever the summary says about the next boundary: its top-level members named <c>next…</c>.</summary>
    private static IEnumerable<string> NextBoundary(JsonElement summary)
    {
        var next = summary.EnumerateObject().Where(p => p.Name.StartsWith("next", StringComparison.OrdinalIgnoreCase)).ToList();
        if (next.Count == 0)
        {
            return ["Next boundary: the scheduler's answer does not name one; the safety tick runs it regularly anyway."];
        }

        return next.Select(p => p.Name == "nextBoundary" && p.Value.ValueKind == JsonValueKind.String
            ? $"Next boundary: {p.Value.GetString()}, when a managed service's schedule next changes; the scheduler is woken up for it."
            : $"Next boundary ({p.Name}): {Describe(p.Value)}");
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Object => string.Join(", ", value.EnumerateObject().Select(p => $"{p.Name} {Describe(p.Value)}")),
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(Describe)),
        _ => value.GetRawText(),
    };

    private static string Count(JsonElement summary, string name) =>
        summary.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetRawText() : "0";

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText())
            : null;

    internal static string Invariant(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
