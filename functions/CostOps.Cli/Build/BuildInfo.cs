namespace CostOps.Cli.Build;

/// <summary>
/// <c>dist/build-info.json</c>, written by <c>make package</c>: which commit the Lambda zips were built from, whether
/// the tree had uncommitted changes, the runtime and framework asked for, and each zip's SHA-256 and runtime target.
/// </summary>
public sealed record BuildInfo(string Commit, bool Dirty, string RuntimeIdentifier, string TargetFramework, IReadOnlyList<BuildInfoZip> Zips)
{
    public const string FileName = "build-info.json";
}
