using System.CommandLine;
using CostOps.Cli.Build;
using CostOps.Cli.Fleet;
using CostOps.Cli.Output;

namespace CostOps.Cli.Commands;

/// <summary><c>costops status</c>: the managed services, what CostOps recorded about them, and what comes next.</summary>
public static class StatusCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var options = new FleetOptions();
        var all = new Option<bool>("--all") { Description = "Every account-region of the hub's targets (the tfvars file's targets): one line each with its counts, or why it could not be read." };
        var command = options.AddTo(new Command("status", Help.WithExample(
            "The managed services with their state from the CostOps table: stopped or running, the capacity a start restores (desired count, Auto Scaling min/max), keep-running overrides and when they end, drift, the Spot state, and each service's next change. Read-only.",
            "costops status --cluster dev",
            "costops status --json",
            "costops status --account 111111111111 --region us-east-1",
            "costops status --all")));
        options.AddAccountTo(command);
        command.Options.Add(all);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(all))
            {
                return await OrganizationStatusOutput.RunAsync(host, options, parse, cancellationToken).ConfigureAwait(false);
            }

            var fleet = await MemberFleet.CreateAsync(host, options, parse, needsClusters: true, cancellationToken).ConfigureAwait(false);
            await fleet.CheckTableAsync(cancellationToken).ConfigureAwait(false);
            var status = await FleetStatusReader.ReadAsync(fleet, host.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(options.Json))
            {
                await JsonOutput.WriteAsync(host.Out, status, CliJsonContext.Default.StatusReport).ConfigureAwait(false);
            }
            else
            {
                Print(new CliOutput(host.Out, host.Error, CliOutput.UseColor(host.Environment, host.OutputRedirected)), status, fleet.Where);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(CliOutput output, StatusReport status, string where)
    {
        output.Heading($"CostOps status at {status.At} in {where} (table {status.Table})");
        var rows = status.Services.Select(s => (IReadOnlyList<string>)
        [
            $"{s.Cluster}/{s.Service}",
            s.State,
            $"{s.RunningCount}/{s.DesiredCount}",
            s.Saved is { } saved ? $"{saved.DesiredCount}" + (saved.Min is { } min ? $" ({min}..{saved.Max})" : string.Empty) : "-",
            s.Override switch { null => "-", "in-force" => $"until {s.OverrideUntil}", var other => other },
            s.Spot ?? "-",
            s.NextChange ?? "-",
            Notes(s),
        ]);
        foreach (var line in TextTable.Lines(["SERVICE", "STATE", "RUN/DES", "SAVED (MIN..MAX)", "KEEP-RUNNING", "SPOT", "NEXT CHANGE", "NOTES"], rows))
        {
            output.Line(line);
        }

        foreach (var warning in status.Warnings)
        {
            output.Problem($"warning: {warning}");
        }

        output.Line($"{status.Services.Count} managed service(s).");
    }

    private static string Notes(ServiceStatusView s) => string.Join("; ", new[]
    {
        s.DriftSeenAt is null ? null : $"drift seen {s.DriftSeenAt}",
        s.LastError is null ? null : $"error: {s.LastError}",
    }.Where(n => n is not null));
}
