using System.Text.Json;
using CostOps.Cli.Processes;

namespace CostOps.Cli.Build;

/// <summary>Records where the zips in dist/ came from, for the pre-flight's build check.</summary>
public sealed class BuildInfoWriter(IProcessRunner processes)
{
    /// <summary>Reads the zips and the checkout and writes <c>dist/build-info.json</c>.</summary>
    /// <exception cref="InvalidOperationException">A zip is missing or was built for another runtime or framework.</exception>
    public async Task<BuildInfo> WriteAsync(string repositoryRoot, string distDirectory, string runtimeIdentifier, string targetFramework, CancellationToken cancellationToken)
    {
        var git = await GitState.ReadAsync(processes, repositoryRoot, cancellationToken).ConfigureAwait(false);
        var zips = new List<BuildInfoZip>();
        foreach (var name in HandlerZips.Names(repositoryRoot))
        {
            var path = Path.Combine(distDirectory, name);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{path} is missing: make package builds one zip per key of {HandlerZips.HandlersFile}");
            }

            var target = RuntimeTarget.FromZip(path);
            if (target is null || target.TargetFramework != targetFramework || target.RuntimeIdentifier != runtimeIdentifier)
            {
                var built = target is null ? "an unknown target (no readable .deps.json at the zip root)" : $"{target.TargetFramework}/{target.RuntimeIdentifier ?? "portable"}";
                throw new InvalidOperationException($"{path} was built for {built}, not {targetFramework}/{runtimeIdentifier}: publish with -r {runtimeIdentifier} for {targetFramework}");
            }

            zips.Add(new BuildInfoZip(name, Sha256File.Of(path), target.TargetFramework, target.RuntimeIdentifier));
        }

        var info = new BuildInfo(git.Commit, git.Dirty, runtimeIdentifier, targetFramework, zips);
        await File.WriteAllTextAsync(Path.Combine(distDirectory, BuildInfo.FileName), JsonSerializer.Serialize(info, CliJsonContext.Default.BuildInfo), cancellationToken).ConfigureAwait(false);
        return info;
    }
}
