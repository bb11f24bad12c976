using System.Text.Json;
using CostOps.Cli.Build;
using CostOps.Cli.Processes;

namespace CostOps.Cli.Preflight;

/// <summary>
/// The zips in dist/ are the ones <c>make package</c> built from the commit checked out now, for linux-x64 and
/// net10.0, from a clean tree, and have not changed since: what is deployed is a commit you can name.
/// </summary>
public sealed class BuildCheck(IProcessRunner processes) : IPreflightCheck
{
    public const string RuntimeIdentifier = "linux-x64";
    public const string TargetFramework = "net10.0";
    private const string Rebuild = "run make package";

    public string Id => "build";

    public IReadOnlyList<string> Needs => [];

    public async Task<CheckResult> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dist = context.InRepository(context.DistDirectory);
        var infoPath = Path.Combine(dist, BuildInfo.FileName);
        if (!File.Exists(infoPath))
        {
            return Fail($"{Show(context, BuildInfo.FileName)} is missing, so nothing says what the zips were built from: {Rebuild}");
        }

        BuildInfo? info;
        try
        {
            info = JsonSerializer.Deserialize(await File.ReadAllTextAsync(infoPath, cancellationToken).ConfigureAwait(false), CliJsonContext.Default.BuildInfo);
        }
        catch (JsonException ex)
        {
            return Fail($"{Show(context, BuildInfo.FileName)} cannot be read ({ex.Message}): {Rebuild}");
        }

        if (info?.Commit is null || info.Zips is null)
        {
            return Fail($"{Show(context, BuildInfo.FileName)} lacks the commit or the zip list: {Rebuild}");
        }

        GitState git;
        try
        {
            git = await GitState.ReadAsync(processes, context.RepositoryRoot, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            return Fail(ex.Message);
        }

        return CheckProvenance(context, info, git) ?? CheckZips(context, info, dist) ?? CheckResult.Pass(Id, Summary(info, git));
    }

    private CheckResult? CheckProvenance(PreflightContext context, BuildInfo info, GitState git)
    {
        if (git.Dirty && !context.AllowDirty)
        {
            var examples = string.Join(", ", git.Changes.Take(3)) + (git.Changes.Count > 3 ? ", ..." : string.Empty);
            return Fail($"the working tree has {git.Changes.Count} uncommitted change(s) ({examples}): commit or stash them and {Rebuild}, so the deployed code is a commit you can name");
        }

        if (info.Dirty && !context.AllowDirty)
        {
            return Fail($"the zips in {context.DistDirectory} were built from a tree with uncommitted changes: {Rebuild} on the clean tree");
        }

        if (!string.Equals(info.Commit, git.Commit, StringComparison.OrdinalIgnoreCase))
        {
            return Fail($"the zips in {context.DistDirectory} were built from commit {Short(info.Commit)} but the checkout is at {Short(git.Commit)}: {Rebuild}");
        }

        if (info.RuntimeIdentifier != RuntimeIdentifier || info.TargetFramework != TargetFramework)
        {
            return Fail($"the zips in {context.DistDirectory} were built for {info.TargetFramework}/{info.RuntimeIdentifier}, Lambda's dotnet10 runtime needs {TargetFramework}/{RuntimeIdentifier}: {Rebuild}");
        }

        return null;
    }

    private CheckResult? CheckZips(PreflightContext context, BuildInfo info, string dist)
    {
        foreach (var name in HandlerZips.Names(context.RepositoryRoot))
        {
            var path = Path.Combine(dist, name);
            var recorded = info.Zips.FirstOrDefault(z => z.Name == name);
            if (!File.Exists(path))
            {
                return Fail($"{Show(context, name)} is missing: {Rebuild}");
            }

            if (recorded is null)
            {
                return Fail($"{Show(context, BuildInfo.FileName)} does not list {name}: {Rebuild}");
            }

            if (Sha256File.Of(path) != recorded.Sha256)
            {
                return Fail($"{Show(context, name)} changed after make package recorded it (SHA-256 differs): {Rebuild}");
            }

            var target = RuntimeTarget.FromZip(path);
            if (target is null || target.TargetFramework != TargetFramework || target.RuntimeIdentifier != RuntimeIdentifier)
            {
                var built = target is null ? "an unknown target" : $"{target.TargetFramework}/{target.RuntimeIdentifier ?? "portable"}";
                return Fail($"{Show(context, name)} holds a build for {built}, Lambda's dotnet10 runtime needs {TargetFramework}/{RuntimeIdentifier}: {Rebuild}");
            }
        }

        return null;
    }

    private static string Summary(BuildInfo info, GitState git) =>
        $"{info.Zips.Count} zips built from {Short(info.Commit)}{(git.Dirty || info.Dirty ? " with uncommitted changes (allowed)" : string.Empty)} for {TargetFramework}/{RuntimeIdentifier}";

    private static string Show(PreflightContext context, string file) => Path.Combine(context.DistDirectory, file);

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;

    private CheckResult Fail(string message) => CheckResult.Fail(Id, message);
}
