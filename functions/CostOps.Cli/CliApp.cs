using System.CommandLine;
using CostOps.Cli.Commands;

namespace CostOps.Cli;

/// <summary>The <c>costops</c> command line: parses, runs one command and maps the outcome to 0 ok, 1 failure, 2 usage.</summary>
public static class CliApp
{
    public static RootCommand CreateRoot(CliHost host) => new("CostOps command line: what the scheduler would do (plan), what it did (status), overrides (keep-running, release), the fleet and its savings projection (inventory, simulate), running a function locally (invoke), and the checks before a deploy (preflight) and after it (self-check).")
    {
        PreflightCommand.Create(host),
        SelfCheckCommand.Create(host),
        BuildInfoCommand.Create(host),
        PlanCommand.Create(host),
        StatusCommand.Create(host),
        OverrideCommands.KeepRunning(host),
        OverrideCommands.Release(host),
        InventoryCommand.Create(host),
        SimulateCommand.Create(host),
        InvokeCommand.Create(host),
    };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var parse = CreateRoot(host).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await host.Error.WriteLineAsync($"costops: {error.Message}").ConfigureAwait(false);
            }

            await host.Error.WriteLineAsync("Run costops --help, or costops COMMAND --help, for usage and examples.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = host.Out, Error = host.Error, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (CostOps.Aws.Http.AwsServiceException ex) when (Fleet.CredentialProblem.IsCredentialError(ex.ErrorCode))
        {
            await host.Error.WriteLineAsync($"costops: {Fleet.CredentialProblem.Describe(ex.ErrorCode, ex.ErrorMessage, null).Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (UsageException ex)
        {
            await host.Error.WriteLineAsync($"costops: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or IOException or UnauthorizedAccessException or System.Text.Json.JsonException or CostOps.Aws.Http.AwsServiceException)
        {
            await host.Error.WriteLineAsync($"costops: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
