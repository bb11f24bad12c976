using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CostOps.Cli.Build;
using CostOps.Cli.Fleet;
using CostOps.Cli.Output;

namespace CostOps.Cli.Commands;

/// <summary><c>costops simulate</c>: the savings projection for a fleet file, on the simulated account.</summary>
public static class SimulateCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var options = new FleetOptions();
        var file = new Option<string>("--fleet") { Description = "The fleet file costops inventory wrote.", Required = true };
        var schedule = new Option<string?>("--schedule") { Description = "Put every service on this schedule expression, e.g. \"mon-fri 08:00-20:00 Europe/Berlin\" (default: each service's costops:schedule tag and the configured schedules)." };
        var spot = new Option<string?>("--spot") { Description = "Clusters whose services would run on Fargate Spot, comma-separated." };
        var days = new Option<int>("--days") { Description = "How many days to project (1 to 366).", DefaultValueFactory = _ => 30 };
        var command = new Command("simulate", Help.WithExample(
            "Project what CostOps would save on a fleet: builds it on the simulated account, runs the real scheduler at every boundary for --days from today (UTC midnight), and prices the task-hours in US dollars at the fleet region's Fargate prices: 24/7, on the schedule, and on the schedule with the --spot clusters on Fargate Spot. Calls no AWS.",
            "costops simulate --fleet fleet.json --schedule \"mon-fri 08:00-20:00 Europe/Berlin\" --spot dev --days 30"))
        {
            file, schedule, spot, days, options.SchedulesFile, options.Json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var period = parse.GetValue(days);
            if (period is < 1 or > 366)
            {
                throw new UsageException($"--days {period}: give 1 to 366 days");
            }

            var document = Read(host, parse.GetValue(file)!);
            var schedules = FleetContext.ReadSchedules(host, host.Environment, options, parse);
            var spotClusters = (parse.GetValue(spot) ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var today = host.Time.GetUtcNow().UtcDateTime.Date;
            var report = await SavingsProjector.ProjectAsync(document, schedules, parse.GetValue(schedule), spotClusters, period, new DateTimeOffset(today, TimeSpan.Zero), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(options.Json))
            {
                await JsonOutput.WriteAsync(host.Out, report, CliJsonContext.Default.SavingsReport).ConfigureAwait(false);
            }
            else
            {
                Print(new CliOutput(host.Out, host.Error, CliOutput.UseColor(host.Environment, host.OutputRedirected)), report);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static FleetDocument Read(CliHost host, string path)
    {
        var full = Path.Combine(host.WorkingDirectory, path);
        if (!File.Exists(full))
        {
            throw new UsageException($"--fleet {path}: no such file; write one with costops inventory > {path}");
        }

        FleetDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(File.ReadAllText(full), CliJsonContext.Default.FleetDocument);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"{path} is not a fleet file ({ex.Message}); write one with costops inventory > {path}");
        }

        return document is { Format: FleetDocument.CurrentFormat, Region.Length: > 0, Services: not null }
            ? document
            : throw new InvalidOperationException($"{path} is not a {FleetDocument.CurrentFormat} fleet file with a region and services; write one with costops inventory > {path}");
    }

    private static void Print(CliOutput output, SavingsReport report)
    {
        output.Heading($"CostOps savings projection: {report.Days} days from {report.From}, {report.Region} Fargate prices in USD{(report.PriceIsFallback ? " (region not in the price table: us-east-1 prices)" : string.Empty)}");
        var rows = report.Services.Select(s => (IReadOnlyList<string>)
        [
            $"{s.Cluster}/{s.Service}", s.Schedule, Hours(s.ScheduledTaskHours) + " / " + Hours(s.AlwaysOnTaskHours), Usd(s.AlwaysOn), Usd(s.Scheduled), Usd(s.ScheduledWithSpot) + (s.Spot ? " (Spot)" : string.Empty),
        ]).Append(["TOTAL", string.Empty, string.Empty, Usd(report.Total.AlwaysOn), Usd(report.Total.Scheduled), Usd(report.Total.ScheduledWithSpot)]);
        foreach (var line in TextTable.Lines(["SERVICE", "SCHEDULE", "TASK-HOURS (SCHED / 24x7)", "24x7", "SCHEDULE", "SCHEDULE+SPOT"], rows))
        {
            output.Line(line);
        }

        foreach (var warning in report.Warnings)
        {
            output.Problem($"warning: {warning}");
        }

        output.Line($"Saved: {Usd(report.Total.Saved)} with the schedule, {Usd(report.Total.SavedWithSpot)} with the schedule and Spot.");
    }

    private static string Usd(decimal amount) => amount.ToString("$#,0.00", CultureInfo.InvariantCulture);

    private static string Hours(decimal hours) => hours.ToString("#,0.##", CultureInfo.InvariantCulture);
}
