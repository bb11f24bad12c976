using System.CommandLine;
using CostOps.Aws.Http;
using CostOps.Cli.Configuration;
using CostOps.Cli.Targets;
using CostOps.Hosting.Configuration;

namespace CostOps.Cli.Fleet;

/// <summary>
/// The hub deployment a member-account command works from: its region (the tfvars file's <c>region</c>, else
/// AWS_REGION or the profile's), its state table and its targets (from the tfvars file, when it exists).
/// </summary>
public sealed record HubSettings(IReadOnlyDictionary<string, string> Environment, string Region, string Table, string TfvarsPath, MemberTargets? Targets)
{
    /// <exception cref="UsageException">The tfvars file does not read, or no hub region can be found.</exception>
    public static HubSettings Load(CliHost host, FleetOptions options, ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(parse);
        var environment = new Dictionary<string, string>(host.Environment, StringComparer.Ordinal);
        if (parse.GetValue(options.Profile) is { } profile)
        {
            environment[AwsConfigFile.ProfileVariable] = profile;
            if (host.AwsHandler is null)
            {
                // The SDK's default credential chain reads the process environment, as the AWS CLI does.
                System.Environment.SetEnvironmentVariable(AwsConfigFile.ProfileVariable, profile);
            }
        }

        var tfvarsPath = parse.GetValue(options.Tfvars) ?? Commands.PreflightCommand.DefaultTfvars;
        var file = ReadTfvars(host, tfvarsPath);
        MemberTargets? targets;
        string? deployRegion;
        try
        {
            targets = file is null ? null : TfvarsTargets.Read(file);
            deployRegion = file?.String("region", "eu-west-1");
        }
        catch (TfvarsException ex)
        {
            throw new UsageException($"{ex.Message}: fix it in {tfvarsPath} (the hub's targets, as terraform/README.md describes them)");
        }

        var region = deployRegion ?? new AwsEndpointResolver(environment).Region ?? FleetContext.ProfileRegion(host, environment)
            ?? throw new UsageException($"no hub region: set region in {tfvarsPath}, export AWS_REGION, or set region for profile {AwsConfigFile.ProfileName(environment)}");
        environment["AWS_REGION"] = region;
        var table = parse.GetValue(options.Table) ?? environment.GetValueOrDefault(CommonSettings.Table) ?? FleetContext.DefaultTable;
        return new HubSettings(environment, region, table, tfvarsPath, targets);
    }

    private static TfvarsFile? ReadTfvars(CliHost host, string path)
    {
        var full = Path.GetFullPath(Path.Combine(host.RepositoryRoot, path));
        if (!File.Exists(full))
        {
            return null;
        }

        try
        {
            return TfvarsReader.Parse(File.ReadAllText(full), path);
        }
        catch (TfvarsException ex)
        {
            throw new UsageException($"{ex.Message}: fix that line, or compare with terraform/deploy/terraform.tfvars.example");
        }
    }
}
