using System.CommandLine;
using CostOps.Cli.Output;
using CostOps.Cli.Preflight;

namespace CostOps.Cli.Commands;

/// <summary><c>costops preflight</c>: every check before a deploy changes anything.</summary>
public static class PreflightCommand
{
    public const string DefaultTfvars = "terraform/deploy/terraform.tfvars";

    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var runner = Runner(host);
        var tfvars = new Option<string>("--tfvars") { Description = "The Terraform variables file make deploy applies.", DefaultValueFactory = _ => DefaultTfvars };
        var dist = new Option<string>("--dist") { Description = "Where make package put the Lambda zips and build-info.json.", DefaultValueFactory = _ => "dist" };
        var only = new Option<string[]>("--only") { Description = $"Run only these checks ({string.Join(", ", runner.Ids)}); repeatable." };
        var skip = new Option<string[]>("--skip") { Description = "Leave these checks out; repeatable." };
        var allowDirty = new Option<bool>("--allow-dirty") { Description = "Accept a build from a tree with uncommitted changes (for trying things out, not for production)." };
        var command = new Command("preflight", Help.WithExample(
            "Check everything a deploy needs before it changes anything: terraform and dotnet versions, AWS credentials, one region everywhere, the clusters, the e-mail addresses, and that dist/ holds zips built from this commit.",
            "costops preflight --tfvars terraform/deploy/terraform.tfvars --skip build"))
        {
            tfvars, dist, only, skip, allowDirty,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var selected = (parse.GetValue(only) ?? []).Concat(parse.GetValue(skip) ?? []).Where(id => !runner.Ids.Contains(id)).ToList();
            if (selected.Count > 0)
            {
                throw new UsageException($"unknown check {string.Join(", ", selected)}: the checks are {string.Join(", ", runner.Ids)}");
            }

            var context = PreflightContext.Load(host.Environment, host.RepositoryRoot, host.HomeDirectory, parse.GetValue(tfvars)!, parse.GetValue(dist)!, parse.GetValue(allowDirty));
            var results = await runner.RunAsync(context, parse.GetValue(only) ?? [], parse.GetValue(skip) ?? [], cancellationToken).ConfigureAwait(false);
            return Report(new CliOutput(host.Out, host.Error, CliOutput.UseColor(host.Environment, host.OutputRedirected)), results);
        });
        return command;
    }

    public static PreflightRunner Runner(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new PreflightRunner(
        [
            new TerraformCheck(host.Processes),
            new DotnetSdkCheck(host.Processes),
            new TfvarsCheck(),
            new RegionCheck(),
            new CredentialsCheck(host.Aws.CallerIdentity),
            new ClustersCheck(host.Aws),
            new TargetsCheck(),
            new NotificationEmailCheck(),
            new BuildCheck(host.Processes),
        ]);
    }

    private static int Report(CliOutput output, IReadOnlyList<CheckResult> results)
    {
        output.Heading("CostOps pre-flight");
        foreach (var result in results)
        {
            output.Result(result.Status, result.Id, result.Message);
        }

        var failed = results.Count(r => r.Status == CheckStatus.Failed);
        var skipped = results.Count(r => r.Status == CheckStatus.Skipped);
        output.Line((failed, skipped) switch
        {
            (0, 0) => $"Pre-flight passed ({results.Count} check{(results.Count == 1 ? string.Empty : "s")}).",
            (0, _) => $"Pre-flight INCOMPLETE: {skipped} check(s) could not run (see skip above). Nothing was changed.",
            _ => $"Pre-flight FAILED: {failed} of {results.Count} checks. Nothing was changed; fix what is listed above and run again.",
        });
        return failed == 0 && skipped == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
