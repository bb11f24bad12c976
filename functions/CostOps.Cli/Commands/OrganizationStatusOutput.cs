using System.CommandLine;
using CostOps.Cli.Build;
using CostOps.Cli.Fleet;
using CostOps.Cli.Output;

namespace CostOps.Cli.Commands;

/// <summary><c>costops status --all</c>: one line per account-region of the hub's targets.</summary>
public static class OrganizationStatusOutput
{
    public static async Task<int> RunAsync(CliHost host, FleetOptions options, ParseResult parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetValue(options.Account) is not null)
        {
            throw new UsageException("--all reads every account of the targets: leave out --account, or drop --all to see one account's services");
        }

        var hub = HubSettings.Load(host, options, parse);
        var schedules = FleetContext.ReadSchedules(host, hub.Environment, options, parse);
        var report = await OrganizationStatusReader.ReadAsync(host, hub, schedules, host.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (parse.GetValue(options.Json))
        {
            await JsonOutput.WriteAsync(host.Out, report, CliJsonContext.Default.OrganizationStatusReport).ConfigureAwait(false);
        }
        else
        {
            Print(new CliOutput(host.Out, host.Error, CliOutput.UseColor(host.Environment, host.OutputRedirected)), report);
        }

        return report.Targets.Any(t => t.Managed is null) ? ExitCodes.Failure : ExitCodes.Ok;
    }

    private static void Print(CliOutput output, OrganizationStatusReport report)
    {
        output.Heading($"CostOps status at {report.At}: every target of the hub ({report.HubRegion}, table {report.Table})");
        var rows = report.Targets.Select(t => (IReadOnlyList<string>)
        [
            t.Account,
            t.Region,
            Count(t.Managed),
            Count(t.Running),
            Count(t.Stopped),
            Count(t.KeepRunning),
            Count(t.Errors),
            t.Problem ?? string.Empty,
        ]);
        foreach (var line in TextTable.Lines(["ACCOUNT", "REGION", "MANAGED", "RUNNING", "STOPPED", "KEEP-RUNNING", "ERRORS", "PROBLEM"], rows))
        {
            output.Line(line);
        }

        foreach (var note in report.Notes)
        {
            output.Line(note);
        }

        var failed = report.Targets.Count(t => t.Managed is null);
        output.Line($"{report.Targets.Count} account-region(s), {report.Targets.Sum(t => t.Managed ?? 0)} managed service(s)" + (failed > 0 ? $", {failed} could not be read." : "."));
    }

    private static string Count(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
