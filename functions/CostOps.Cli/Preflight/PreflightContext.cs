using System.Text.RegularExpressions;
using CostOps.Aws.Http;
using CostOps.Cli.Configuration;

namespace CostOps.Cli.Preflight;

/// <summary>What the checks look at: the environment, the user's tfvars (read once) and where the build and repository are.</summary>
public sealed partial class PreflightContext
{
    public required IReadOnlyDictionary<string, string> Environment { get; init; }

    public required string RepositoryRoot { get; init; }

    public required string HomeDirectory { get; init; }

    /// <summary>The tfvars path as the user gave it (shown in messages).</summary>
    public required string TfvarsPath { get; init; }

    public required string DistDirectory { get; init; }

    public bool AllowDirty { get; init; }

    /// <summary>The parsed tfvars file, or null when it is missing or unreadable (<see cref="TfvarsProblem"/> says why).</summary>
    public TfvarsFile? Tfvars { get; init; }

    public string? TfvarsProblem { get; init; }

    /// <summary>The region CostOps is deployed to: the tfvars <c>region</c> when it is readable and well-formed.</summary>
    public string? DeployRegion
    {
        get
        {
            try
            {
                return Tfvars?.String("region", "eu-west-1") is { } region && IsRegionName(region) ? region : null;
            }
            catch (TfvarsException)
            {
                return null;
            }
        }
    }

    /// <summary>The region to call AWS in: the deploy region, else the environment's, else us-east-1.</summary>
    public string CallRegion => DeployRegion ?? new AwsEndpointResolver(Environment).Region ?? "us-east-1";

    public string InRepository(string path) => Path.GetFullPath(Path.Combine(RepositoryRoot, path));

    public static bool IsRegionName(string value) => RegionPattern().IsMatch(value);

    /// <summary>Reads the tfvars file at <paramref name="tfvarsPath"/> (relative to the repository root) into a context.</summary>
    public static PreflightContext Load(IReadOnlyDictionary<string, string> environment, string repositoryRoot, string homeDirectory, string tfvarsPath, string distDirectory, bool allowDirty)
    {
        var fullPath = Path.GetFullPath(Path.Combine(repositoryRoot, tfvarsPath));
        TfvarsFile? tfvars = null;
        string? problem = null;
        if (!File.Exists(fullPath))
        {
            problem = $"{tfvarsPath} does not exist: copy terraform/deploy/terraform.tfvars.example to {tfvarsPath} and fill in region, clusters and notification_emails";
        }
        else
        {
            try
            {
                tfvars = TfvarsReader.Parse(File.ReadAllText(fullPath), tfvarsPath);
            }
            catch (TfvarsException ex)
            {
                problem = $"{ex.Message}: fix that line, or compare with terraform/deploy/terraform.tfvars.example";
            }
        }

        return new PreflightContext
        {
            Environment = environment,
            RepositoryRoot = repositoryRoot,
            HomeDirectory = homeDirectory,
            TfvarsPath = tfvarsPath,
            DistDirectory = distDirectory,
            AllowDirty = allowDirty,
            Tfvars = tfvars,
            TfvarsProblem = problem,
        };
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();
}
