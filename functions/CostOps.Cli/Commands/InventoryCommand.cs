using System.CommandLine;
using CostOps.Cli.Build;
using CostOps.Cli.Fleet;
using CostOps.Cli.Output;

namespace CostOps.Cli.Commands;

/// <summary><c>costops inventory</c>: the fleet as a JSON document, for <c>costops simulate</c>.</summary>
public static class InventoryCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var options = new FleetOptions();
        var command = options.AddTo(new Command("inventory", Help.WithExample(
            "Describe the fleet as JSON (format costops-fleet/1): each service's cluster, name, desired count, task size (vCPU, memory GB), architecture, launch type or capacity providers, Auto Scaling bounds and tags. Read-only: ListServices, DescribeServices, DescribeTaskDefinition, DescribeScalableTargets. Always JSON.",
            "costops inventory --cluster dev > fleet.json")));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var fleet = FleetContext.Create(host, options, parse, needsClusters: true);
            var document = await FleetInventoryReader.ReadAsync(fleet, cancellationToken).ConfigureAwait(false);
            await JsonOutput.WriteAsync(host.Out, document, CliJsonContext.Default.FleetDocument).ConfigureAwait(false);
            foreach (var warning in fleet.Log.Problems)
            {
                await host.Error.WriteLineAsync($"warning: {warning}").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
