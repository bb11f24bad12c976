using System.Text.RegularExpressions;
using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Cli.Aws;
using CostOps.Cli.Configuration;

namespace CostOps.Cli.Preflight;

/// <summary>
/// The clusters the configuration names exist (ACTIVE) in the deploy region; with <c>cluster_tag</c>, at least one
/// cluster there carries the tag. A wrong region shows up here as every cluster missing.
/// </summary>
public sealed partial class ClustersCheck(IAwsClientFactory aws) : IPreflightCheck
{
    private const int DescribeBatch = 100;

    public string Id => "clusters";

    public IReadOnlyList<string> Needs => ["tfvars", "credentials"];

    public async Task<CheckResult> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<string>? names;
        string? tag;
        try
        {
            names = context.Tfvars!.StringList("clusters", "\"dev\", \"staging\"");
            tag = context.Tfvars.String("cluster_tag", "costops=managed");
        }
        catch (TfvarsException ex)
        {
            return CheckResult.Fail(Id, $"{ex.Message}: fix it in {context.TfvarsPath}");
        }

        if (context.DeployRegion is not { } region)
        {
            return CheckResult.Skip(Id, $"not checked because {context.TfvarsPath} has no valid region (see the region check)");
        }

        if ((names is null || names.Count == 0) == string.IsNullOrWhiteSpace(tag))
        {
            return CheckResult.Fail(Id, $"{context.TfvarsPath} must set either clusters or cluster_tag, not both and not neither: e.g. clusters = [\"dev\"] or cluster_tag = \"costops=managed\"");
        }

        var ecs = aws.Ecs(region);
        try
        {
            return tag is not null && !string.IsNullOrWhiteSpace(tag)
                ? await CheckTagAsync(ecs, tag.Trim(), region, context, cancellationToken).ConfigureAwait(false)
                : await CheckNamesAsync(ecs, names!, region, context, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException ex)
        {
            return CheckResult.Fail(Id, $"ECS in {region} answered {ex.ErrorCode} ({ex.ErrorMessage}): the identity you deploy with needs ecs:ListClusters and ecs:DescribeClusters there");
        }
    }

    private async Task<CheckResult> CheckNamesAsync(IEcsClient ecs, IReadOnlyList<string> names, string region, PreflightContext context, CancellationToken cancellationToken)
    {
        var invalid = names.Where(n => !ClusterName().IsMatch(n) && !ClusterArn().IsMatch(n)).ToList();
        if (invalid.Count > 0)
        {
            return CheckResult.Fail(Id, $"clusters in {context.TfvarsPath} has {string.Join(", ", invalid.Select(n => $"\"{n}\""))}, which is not an ECS cluster name: use the names shown by the ECS console (letters, digits, - and _, up to 255) or cluster ARNs");
        }

        var elsewhere = names.Where(n => ClusterArn().Match(n) is { Success: true } m && m.Groups["region"].Value != region).ToList();
        if (elsewhere.Count > 0)
        {
            return CheckResult.Fail(Id, $"clusters in {context.TfvarsPath} has {string.Join(", ", elsewhere)}, in another region than {region}: CostOps manages clusters in the region it is deployed to, so set region to theirs or deploy once per region");
        }

        var active = new HashSet<string>(StringComparer.Ordinal);
        var inactive = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in names.Distinct(StringComparer.Ordinal).Chunk(DescribeBatch))
        {
            var response = await ecs.DescribeClustersAsync(new DescribeClustersRequest { Clusters = batch }, cancellationToken).ConfigureAwait(false);
            foreach (var cluster in response.Clusters ?? [])
            {
                (cluster.Status == "ACTIVE" ? active : inactive).Add(cluster.ClusterName ?? string.Empty);
            }
        }

        var missing = names.Select(ShortName).Where(n => !active.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return CheckResult.Pass(Id, $"{string.Join(", ", names.Select(ShortName))} active in {region}");
        }

        var described = string.Join(", ", missing.Select(n => inactive.Contains(n) ? $"{n} (deleted)" : n));
        return CheckResult.Fail(Id, $"no active ECS cluster named {described} in {region}: fix clusters in {context.TfvarsPath}, or set region to the region those clusters are in");
    }

    private async Task<CheckResult> CheckTagAsync(IEcsClient ecs, string tag, string region, PreflightContext context, CancellationToken cancellationToken)
    {
        var parts = tag.Split('=', 2, StringSplitOptions.TrimEntries);
        var (key, value) = (parts[0], parts.Length == 2 ? parts[1] : null);
        var arns = new List<string>();
        await foreach (var page in ecs.ListClustersAllAsync(new ListClustersRequest(), cancellationToken).ConfigureAwait(false))
        {
            arns.AddRange(page.ClusterArns ?? []);
        }

        var tagged = new List<string>();
        foreach (var batch in arns.Chunk(DescribeBatch))
        {
            var response = await ecs.DescribeClustersAsync(new DescribeClustersRequest { Clusters = batch, Include = ["TAGS"] }, cancellationToken).ConfigureAwait(false);
            tagged.AddRange((response.Clusters ?? [])
                .Where(c => c.Status == "ACTIVE" && (c.Tags ?? []).Any(t => t.Key == key && (value is null || t.Value == value)))
                .Select(c => c.ClusterName ?? c.ClusterArn ?? "?"));
        }

        return tagged.Count > 0
            ? CheckResult.Pass(Id, $"{tagged.Count} active cluster(s) tagged {tag} in {region}: {string.Join(", ", tagged.Take(10))}{(tagged.Count > 10 ? ", ..." : string.Empty)}")
            : CheckResult.Fail(Id, $"no active ECS cluster in {region} has the tag {tag} ({arns.Count} cluster(s) looked at): tag the clusters CostOps should manage, fix cluster_tag in {context.TfvarsPath}, or set region to where they are");
    }

    /// <summary>The cluster name of a name or a cluster ARN.</summary>
    private static string ShortName(string nameOrArn) => ClusterArn().Match(nameOrArn) is { Success: true } m ? m.Groups["name"].Value : nameOrArn;

    [GeneratedRegex("^[A-Za-z0-9_-]{1,255}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClusterName();

    [GeneratedRegex("^arn:aws[a-z-]*:ecs:(?<region>[a-z0-9-]+):[0-9]{12}:cluster/(?<name>[A-Za-z0-9_-]{1,255})$", RegexOptions.CultureInvariant)]
    private static partial Regex ClusterArn();
}
