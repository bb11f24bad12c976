using CostOps.Aws.Http;
using CostOps.Cli.Configuration;

namespace CostOps.Cli.Preflight;

/// <summary>
/// The region is the same everywhere it is set: the tfvars <c>region</c> (where Terraform creates CostOps),
/// <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c> and the active profile's <c>region</c> in the AWS config file.
/// A mismatch sends the checks, the self-check and your own AWS CLI calls to another region than the deploy.
/// </summary>
public sealed class RegionCheck : IPreflightCheck
{
    public string Id => "region";

    public IReadOnlyList<string> Needs => ["tfvars"];

    public Task<CheckResult> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(Check(context));
    }

    private CheckResult Check(PreflightContext context)
    {
        string? deploy;
        try
        {
            deploy = context.Tfvars!.String("region", "eu-west-1");
        }
        catch (TfvarsException ex)
        {
            return CheckResult.Fail(Id, $"{ex.Message}: fix it in {context.TfvarsPath}");
        }

        if (string.IsNullOrWhiteSpace(deploy))
        {
            return CheckResult.Fail(Id, $"{context.TfvarsPath} sets no region: add region = \"eu-west-1\" (the region of the clusters CostOps manages)");
        }

        if (!PreflightContext.IsRegionName(deploy))
        {
            return CheckResult.Fail(Id, $"region = \"{deploy}\" in {context.TfvarsPath} is not an AWS region name: write one such as \"eu-west-1\" or \"us-east-2\"");
        }

        var others = Sources(context).Where(s => s.Region != deploy).ToList();
        if (others.Count == 0)
        {
            return CheckResult.Pass(Id, $"{deploy} everywhere it is set");
        }

        var differing = string.Join(", ", others.Select(s => $"{s.Where} says {s.Region}"));
        return CheckResult.Fail(Id, $"the region differs: {context.TfvarsPath} says {deploy} but {differing}: deploy and call AWS in one region, e.g. export AWS_REGION={deploy} AWS_DEFAULT_REGION={deploy} and set region = {deploy} for the profile, or change region in {context.TfvarsPath}");
    }

    /// <summary>Every other place that sets a region, with its value (blank values do not set one).</summary>
    internal static IReadOnlyList<(string Where, string Region)> Sources(PreflightContext context)
    {
        var sources = new List<(string, string)>();
        foreach (var variable in new[] { AwsEndpointResolver.RegionVariable, AwsEndpointResolver.DefaultRegionVariable })
        {
            if (context.Environment.TryGetValue(variable, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                sources.Add((variable, value.Trim()));
            }
        }

        var profile = AwsConfigFile.ProfileName(context.Environment);
        var configPath = AwsConfigFile.ConfigPath(context.Environment, context.HomeDirectory);
        if (File.Exists(configPath) && AwsConfigFile.Region(File.ReadAllText(configPath), profile) is { } profileRegion)
        {
            sources.Add(($"profile {profile} in {configPath}", profileRegion));
        }

        return sources;
    }
}
