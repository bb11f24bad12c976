using System.Text.Json;
using CostOps.Core.Costs;

namespace CostOps.Hosting.Events;

internal static class ManualCommands
{
    private const string Commands = "'run', 'report' or 'check'";

    public static ManualCommand Parse(JsonElement root)
    {
        var command = JsonFields.RequiredString(root, string.Empty, "command", Commands) switch
        {
            "run" => ManualCommandKind.Run,
            "report" => ManualCommandKind.Report,
            "check" => ManualCommandKind.Check,
            var other => throw new InvalidEventException("command", JsonFields.Quote(other), Commands),
        };
        var dryRun = JsonFields.OptionalBool(root, string.Empty, "dryRun", fallback: false);
        var continuation = JsonFields.OptionalString(root, string.Empty, "continuation");
        var weekText = JsonFields.OptionalString(root, string.Empty, "isoWeek");
        IsoWeek? week = null;
        if (weekText is not null)
        {
            week = IsoWeek.TryParse(weekText, out var parsed, out _)
                ? parsed
                : throw new InvalidEventException("isoWeek", JsonFields.Quote(weekText), "an ISO week such as 2026-W47 (week 01 to 52, or 53 in long years)");
        }

        var preview = JsonFields.OptionalBool(root, string.Empty, "preview", fallback: false);
        if (preview && command != ManualCommandKind.Report)
        {
            throw new InvalidEventException("preview", "true", "preview only with the 'report' command; use dryRun with 'run'");
        }

        var target = EventTarget.Read(root);
        if (target is not null && command != ManualCommandKind.Run)
        {
            throw new InvalidEventException("account", JsonFields.Quote(target.AccountId), "account and region only with the 'run' command");
        }

        return new ManualCommand(command, dryRun, continuation, week) { Preview = preview, Target = target };
    }
}
