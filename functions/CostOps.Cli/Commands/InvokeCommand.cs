using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CostOps.Cli.Invoke;
using CostOps.Cli.Output;
using CostOps.Hosting;

namespace CostOps.Cli.Commands;

/// <summary><c>costops invoke</c>: runs one function's Lambda handler in this process with an event file, against the account or the simulator.</summary>
public static class InvokeCommand
{
    /// <summary>Only ends an invocation on the simulator that waits on its virtual clock, which nothing moves meanwhile.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(2);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var function = new Argument<string>("FUNCTION") { Description = $"The function: {string.Join(", ", LocalFunction.Names)} (cost_report and the other names of terraform/handlers.json also work)." };
        var eventFile = new Option<string>("--event") { Description = "The event, a JSON file passed unchanged as the Lambda payload; - reads standard input.", Required = true };
        var simulator = new Option<bool>("--simulator") { Description = "Run against a simulated account (cluster dev: api, web, batch; office hours mon-fri 08:00-20:00 UTC) instead of the real one." };
        var json = new Option<bool>("--json") { Description = "One JSON document: function, succeeded, error, result and the log lines." };
        var command = new Command("invoke", Help.WithExample(
            "Run a function's Lambda handler here, with an event, and print its result and its log lines. Against the real account it reads what the deployed function reads: AWS_REGION, AWS_ENDPOINT_URL, the AWS credentials and the COSTOPS_* configuration variables from the environment (COSTOPS_FUNCTION_TIMEOUT_SECONDS defaults to 900). With --simulator it calls no AWS. Exit codes: 0 the function succeeded, 1 it failed, 2 usage (unknown function, no event file).",
            "costops invoke scheduler --event run.json --simulator      # run.json: {\"command\":\"run\",\"dryRun\":true}",
            "echo '{\"command\":\"report\",\"preview\":true}' | costops invoke cost-report --event - --json"))
        {
            function, eventFile, simulator, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = parse.GetValue(function);
            var name = LocalFunction.Resolve(given)
                ?? throw new UsageException($"FUNCTION '{given}': not a CostOps function; expected one of {string.Join(", ", LocalFunction.Names)}");
            var payload = await ReadEventAsync(host, parse.GetValue(eventFile)!, cancellationToken).ConfigureAwait(false);
            var outcome = parse.GetValue(simulator) ? await OnSimulatorAsync(host, name, payload).ConfigureAwait(false) : await OnAccountAsync(host, name, payload).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await host.Out.WriteLineAsync(outcome.ToJson().ToJsonString(Compact)).ConfigureAwait(false);
            }
            else
            {
                Print(new CliOutput(host.Out, host.Error, CliOutput.UseColor(host.Environment, host.OutputRedirected)), outcome);
            }

            return outcome.Error is null ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static async Task<byte[]> ReadEventAsync(CliHost host, string path, CancellationToken cancellationToken)
    {
        if (path == "-")
        {
            return Encoding.UTF8.GetBytes(await host.Input.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
        }

        var full = Path.Combine(host.WorkingDirectory, path);
        return File.Exists(full)
            ? await File.ReadAllBytesAsync(full, cancellationToken).ConfigureAwait(false)
            : throw new UsageException($"--event {path}: no such file; give a JSON event file, or - to read the event from standard input");
    }

    private static Task<InvokeOutcome> OnAccountAsync(CliHost host, string name, byte[] payload)
    {
        var variables = host.Environment.ToDictionary(v => v.Key, v => (string?)v.Value, StringComparer.Ordinal);
        variables.TryAdd("AWS_LAMBDA_FUNCTION_NAME", $"costops-{name}");
        variables.TryAdd(HostOptions.TimeoutVariable, "900");
        var overrides = host.AwsHandler is not null || host.StateStore is not null ? new HostOverrides(host.AwsHandler, host.StateStore) : null;
        var target = variables.GetValueOrDefault("AWS_REGION") ?? variables.GetValueOrDefault("AWS_DEFAULT_REGION") ?? "no AWS_REGION";
        return RunAsync(name, $"the account ({target})", variables, host.Time, overrides, payload, hangLimit: null);
    }

    private static Task<InvokeOutcome> OnSimulatorAsync(CliHost host, string name, byte[] payload)
    {
        var simulated = new SimulatedInvokeAccount(host.Time.GetUtcNow());
        return RunAsync(name, $"the simulated account ({SimulatedInvokeAccount.Region})", simulated.Variables(name), simulated.Clock, simulated.Overrides, payload, HangLimit);
    }

    private static async Task<InvokeOutcome> RunAsync(string name, string target, Dictionary<string, string?> variables, TimeProvider time, HostOverrides? overrides, byte[] payload, TimeSpan? hangLimit)
    {
        var log = new StringWriter();
        var ports = new HostPorts(variables, time, log, static () => "costops-invoke") { Overrides = overrides };
        string? error = null;
        byte[]? result = null;
        try
        {
            var handle = LocalFunction.Create(name, ports);
            var invocation = handle(new MemoryStream(payload, writable: false));
            await using var output = hangLimit is { } limit ? await invocation.WaitAsync(limit, TimeProvider.System).ConfigureAwait(false) : await invocation.ConfigureAwait(false);
            using var copy = new MemoryStream();
            await output.CopyToAsync(copy).ConfigureAwait(false);
            result = copy.ToArray();
        }
        catch (InvocationFailedException ex)
        {
            error = ex.Failure;
            result = ex.ResultUtf8Json.ToArray();
        }
#pragma warning disable CA1031 // whatever the function throws is its failure, reported as Lambda would
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error = ex is TimeoutException ? $"no answer after {HangLimit.TotalMinutes} minutes" : ex.Message;
        }

        return new InvokeOutcome(name, target, error, result, log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static void Print(CliOutput output, InvokeOutcome outcome)
    {
        output.Heading($"costops invoke {outcome.Function} on {outcome.Target}: {(outcome.Error is null ? "succeeded" : "FAILED")}");
        output.Line("Log lines:");
        foreach (var line in outcome.LogLines)
        {
            output.Line("  " + line);
        }

        if (outcome.Result is not null)
        {
            output.Line("Result:");
            output.Line(outcome.ResultNode()?.ToJsonString(Indented) ?? Encoding.UTF8.GetString(outcome.Result));
        }

        if (outcome.Error is not null)
        {
            output.Problem($"costops: {outcome.Function} failed: {outcome.Error}");
        }
    }
}
