using System.CommandLine;
using CostOps.Cli.Build;
using CostOps.Cli.Fleet;
using CostOps.Cli.Output;

namespace CostOps.Cli.Commands;

/// <summary><c>costops plan</c>: the scheduler's dry run against the account, now or at a given time.</summary>
public static class PlanCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var options = new FleetOptions();
        var at = new Option<string?>("--at") { Description = $"Plan for this time instead of now: {TimeText.ExpectedTime}." };
        var command = options.AddTo(new Command("plan", Help.WithExample(
            "What the scheduler would change now (or at --at) for each managed service, and why: the schedule, a keep-running override, drift, a deployment in progress, a malformed tag. A dry run: reads the services and the state table, changes nothing.",
            "costops plan --cluster dev",
            "costops plan --at 2026-11-24T19:30Z --json",
            "costops plan --account 111111111111 --region us-east-1")));
        options.AddAccountTo(command);
        command.Options.Add(at);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var when = parse.GetValue(at) is { } text ? TimeText.ParseTime(text, "--at") : host.Time.GetUtcNow();
            var fleet = await MemberFleet.CreateAsync(host, options, parse, needsClusters: true, cancellationToken).ConfigureAwait(false);
            await fleet.CheckTableAsync(cancellationToken).ConfigureAwait(false);
            var plan = await DryRunPlanner.PlanAsync(fleet, when, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(options.Json))
            {
                await JsonOutput.WriteAsync(host.Out, plan, CliJsonContext.Default.PlanReport).ConfigureAwait(false);
            }
            else
            {
                Print(new CliOutput(host.Out, host.Error, CliOutput.UseColor(host.Environment, host.OutputRedirected)), plan, fleet.Where);
            }

            return plan.RunError is null && plan.Counts.GetValueOrDefault("fail") == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static void Print(CliOutput output, PlanReport plan, string where)
    {
        output.Heading($"CostOps plan at {plan.At} in {where} (dry run: nothing changed)");
        var rows = plan.Services.Select(s => (IReadOnlyList<string>)
            [$"{s.Cluster}/{s.Service}", s.Action, s.Desired, $"{s.RunningCount}/{s.DesiredCount}", s.NextChange ?? "-", s.Reason + (s.Error is null ? string.Empty : $" ({s.Error})")]);
        foreach (var line in TextTable.Lines(["SERVICE", "ACTION", "WANTED", "RUN/DES", "NEXT CHANGE", "WHY"], rows))
        {
            output.Line(line);
        }

        foreach (var warning in plan.Warnings)
        {
            output.Problem($"warning: {warning}");
        }

        if (plan.RunError is not null)
        {
            output.Problem(plan.RunError);
        }

        var counts = plan.Counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key}");
        output.Line($"{plan.Services.Count} service(s): {string.Join(", ", counts)}.");
    }
}
