using System.Globalization;
using System.Text.Json;
using CostOps.Simulator;

namespace CostOps.Demo;

/// <summary>Turns the functions' log lines, the account's changes and the mails sent into a timeline for people.</summary>
internal sealed class TimelineRecorder(SimulatedAccount account)
{
    private static readonly HashSet<string> Acted = new(StringComparer.Ordinal) { "Stop", "Start", "Defer", "Fail", "Drift" };
    private readonly Dictionary<string, string> _lastOverride = new(StringComparer.Ordinal);
    private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);
    private int _changes;
    private int _mails;

    public List<TimelineEntry> Entries { get; } = [];

    public void Scheduler((IReadOnlyList<string> Lines, string? Error) run)
    {
        foreach (var line in run.Lines.Select(DemoWeek.Parse).OfType<JsonElement>().Where(l => Text(l, "event") == "scheduler.service"))
        {
            var action = Text(line, "action") ?? "";
            var service = Text(line, "service") ?? "?";
            var reason = Text(line, "reason") ?? "";
            if (Acted.Contains(action))
            {
                Entries.Add(new TimelineEntry(At(line), action, service, reason));
            }
            else if (reason.Contains("keep-running", StringComparison.Ordinal) && _lastOverride.GetValueOrDefault(service) != Head(reason))
            {
                _lastOverride[service] = Head(reason);
                Entries.Add(new TimelineEntry(At(line), "Override", service, reason));
            }
        }

        Failure("costops-scheduler", run.Error);
    }

    /// <summary>What the Spot manager decided: moves to Spot, fallbacks, returns, interruptions counted, duplicates.</summary>
    public void Spot((IReadOnlyList<string> Lines, string? Error) run)
    {
        foreach (var line in run.Lines.Select(DemoWeek.Parse).OfType<JsonElement>().Where(l => Text(l, "event") == "spot.service"))
        {
            var action = Text(line, "action") ?? "";
            if (action is not ("None" or "Ignore" or "Skip" or "Wait" or "Defer"))
            {
                Entries.Add(new TimelineEntry(At(line), action == "Duplicate" ? "Spot" : action, Text(line, "service") ?? "?", $"Spot manager: {Text(line, "reason")}"));
            }
        }

        Failure("costops-spot-manager", run.Error);
    }

    public void Other(string function, (IReadOnlyList<string> Lines, string? Error) run) => Failure(function, run.Error);

    public void Delivered(DateTimeOffset at, string json, (IReadOnlyList<string> Lines, string? Error) run)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var detail = root.GetProperty("detail");
        var what = detail.TryGetProperty("stopCode", out var code)
            ? $"{code.GetString()} ({Text(detail, "lastStatus")} -> {Text(detail, "desiredStatus")})"
            : $"{Text(detail, "eventName")} {Text(detail, "reason")}";
        var subject = detail.TryGetProperty("group", out var group) ? group.GetString()!.Replace("service:", "", StringComparison.Ordinal)
            : root.GetProperty("resources")[0].GetString()!.Split('/')[^1];
        var duplicate = !_eventIds.Add(root.GetProperty("id").GetString()!);
        Entries.Add(new TimelineEntry(at, "Event", subject,
            $"{root.GetProperty("detail-type").GetString()} {what} delivered to the Spot manager{(duplicate ? " again (duplicate delivery, same id)" : "")}"));
        Spot(run);
    }

    /// <summary>Records what changed in the account since the last call: Auto Scaling, Spot, mails.</summary>
    public void Account()
    {
        lock (account.Gate)
        {
            var fresh = account.Changes.Skip(_changes).ToList();
            foreach (var change in fresh.Where(c => !(c.What.StartsWith("desired", StringComparison.Ordinal)
                && fresh.Any(b => b.At == c.At && b.What.StartsWith("Auto Scaling", StringComparison.Ordinal) && b.Resource.EndsWith(c.Resource, StringComparison.Ordinal)))))
            {
                if (change.What.StartsWith("Auto Scaling", StringComparison.Ordinal))
                {
                    Entries.Add(new TimelineEntry(change.At, "Scaling", change.Resource.Split('/')[^1], change.What));
                }
                else if (change.What.Contains("Auto Scaling", StringComparison.Ordinal) || change.What.Contains("Spot", StringComparison.Ordinal) || change.What.StartsWith("capacity", StringComparison.Ordinal))
                {
                    var spot = change.What.Contains("Spot", StringComparison.Ordinal) || change.What.StartsWith("capacity", StringComparison.Ordinal);
                    Entries.Add(new TimelineEntry(change.At, spot ? "Spot" : "Scaling", change.Resource.Split('/')[^1], change.What));
                }
            }

            _changes = account.Changes.Count;
            foreach (var mail in account.Outbox.Skip(_mails))
            {
                Entries.Add(new TimelineEntry(mail.At, mail.Subject?.Contains("budget", StringComparison.OrdinalIgnoreCase) == true ? "Alert" : "Mail", "SNS", mail.Subject ?? "(no subject)"));
            }

            _mails = account.Outbox.Count;
        }
    }

    /// <summary>Adds what CostOps recorded in its activity log that the actions alone do not show: overrides honoured, expired or malformed, Spot fallbacks and returns.</summary>
    public async Task ActivityAsync(CostOps.Core.Activity.IActivityLog log, DateTimeOffset from, DateTimeOffset to)
    {
        await foreach (var item in log.ReadAsync(from, to, CancellationToken.None).ConfigureAwait(false))
        {
            if (item.Kind is >= CostOps.Core.Activity.ActivityKind.OverrideInForce)
            {
                var kind = item.Kind.ToString();
                var label = kind.StartsWith("Override", StringComparison.Ordinal) ? "Override" : kind == "Woken" ? "Wake" : "Spot";
                Entries.Add(new TimelineEntry(item.At, label, item.ServiceName, $"{kind}: {item.Detail}"));
            }
        }
    }

    private void Failure(string function, string? error)
    {
        if (error is not null)
        {
            Entries.Add(new TimelineEntry(account.Clock.GetUtcNow(), "Failure", function, error));
        }
    }

    private static string Head(string reason) => reason.Length > 40 ? reason[..40] : reason;

    private static DateTimeOffset At(JsonElement line) =>
        DateTimeOffset.Parse(Text(line, "timestamp")!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
