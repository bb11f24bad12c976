using System.CommandLine;
using CostOps.Aws.Http;
using CostOps.Cli.Configuration;
using CostOps.Cli.Output;
using CostOps.Cli.SelfCheck;

namespace CostOps.Cli.Commands;

/// <summary><c>costops self-check</c>: after a deploy, the scheduler's dry run, the report's preview and the subscription reminder.</summary>
public static class SelfCheckCommand
{
    public const string DefaultTerraformDirectory = "terraform/deploy";

    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var scheduler = new Option<string?>("--scheduler") { Description = "The scheduler function's name or ARN (default: terraform output scheduler_function_name)." };
        var report = new Option<string?>("--report") { Description = "The cost report function's name or ARN (default: terraform output cost_report_function_name)." };
        var topic = new Option<string?>("--topic") { Description = "The SNS topic ARN, for the subscription reminder (default: terraform output topic_arn)." };
        var region = new Option<string?>("--region") { Description = "The region CostOps runs in (default: region in the tfvars file, else AWS_REGION or AWS_DEFAULT_REGION)." };
        var terraformDir = new Option<string>("--terraform-dir") { Description = "The Terraform configuration to read outputs from.", DefaultValueFactory = _ => DefaultTerraformDirectory };
        var tfvars = new Option<string>("--tfvars") { Description = "The tfvars file to read region and notification_emails from.", DefaultValueFactory = _ => PreflightCommand.DefaultTfvars };
        var command = new Command("self-check", Help.WithExample(
            "After a deploy: run the scheduler as a dry run and print what it would do now and at the next boundary, render the weekly report as a preview, and remind you to confirm the e-mail subscription. Changes and sends nothing.",
            "costops self-check",
            "costops self-check --scheduler costops-scheduler --report costops-cost-report --region eu-west-1"))
        {
            scheduler, report, topic, region, terraformDir, tfvars,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = new CliOutput(host.Out, host.Error, CliOutput.UseColor(host.Environment, host.OutputRedirected));
            var settings = ReadTfvars(host, parse.GetValue(tfvars)!);
            var names = new Dictionary<string, string?>
            {
                [TerraformOutputs.Scheduler] = parse.GetValue(scheduler),
                [TerraformOutputs.Report] = parse.GetValue(report),
                [TerraformOutputs.Topic] = parse.GetValue(topic),
                [TerraformOutputs.Dashboard] = null,
            };
            if (names[TerraformOutputs.Scheduler] is null || names[TerraformOutputs.Report] is null)
            {
                var outputs = await ReadOutputsAsync(host, parse.GetValue(terraformDir)!, cancellationToken).ConfigureAwait(false);
                foreach (var key in names.Keys.ToList())
                {
                    names[key] ??= outputs.GetValueOrDefault(key);
                }
            }

            var where = parse.GetValue(region) ?? Safe(() => settings?.String("region", "eu-west-1")) ?? new AwsEndpointResolver(host.Environment).Region
                ?? throw new UsageException("no region to call: pass --region, set region in the tfvars file, or export AWS_REGION");
            var targets = new SelfCheckTargets(
                where,
                names[TerraformOutputs.Scheduler] ?? throw new UsageException($"no scheduler function: pass --scheduler, or deploy so that terraform output has {TerraformOutputs.Scheduler}"),
                names[TerraformOutputs.Report] ?? throw new UsageException($"no report function: pass --report, or deploy so that terraform output has {TerraformOutputs.Report}"),
                names[TerraformOutputs.Topic],
                Safe(() => settings?.StringList("notification_emails", "\"you@example.com\"")) ?? [])
            {
                DashboardUrl = names[TerraformOutputs.Dashboard],
            };
            var ok = await new SelfCheckRunner(host.Aws.Lambda(where), output).RunAsync(targets, cancellationToken).ConfigureAwait(false);
            return ok ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static async Task<IReadOnlyDictionary<string, string>> ReadOutputsAsync(CliHost host, string directory, CancellationToken cancellationToken)
    {
        var result = await host.Processes.RunAsync("terraform", [$"-chdir={directory}", "output", "-json"], host.RepositoryRoot, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("terraform is not on PATH, so the deployed function names cannot be read: pass --scheduler and --report");
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"terraform -chdir={directory} output -json failed ({result.Error.Trim()}): run make deploy first, or pass --scheduler and --report");
        }

        return TerraformOutputs.Parse(result.Output);
    }

    /// <summary>The tfvars file only adds defaults here: a missing or unreadable one is not an error.</summary>
    private static TfvarsFile? ReadTfvars(CliHost host, string path)
    {
        var full = Path.Combine(host.RepositoryRoot, path);
        try
        {
            return File.Exists(full) ? TfvarsReader.Parse(File.ReadAllText(full), path) : null;
        }
        catch (TfvarsException)
        {
            return null;
        }
    }

    private static T? Safe<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (TfvarsException)
        {
            return null;
        }
    }
}
