namespace CostOps.Cli.Build;

/// <param name="Name">File name in dist/, e.g. <c>scheduler.zip</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the zip.</param>
/// <param name="TargetFramework">Read from the zip's .deps.json, e.g. <c>net10.0</c>.</param>
/// <param name="RuntimeIdentifier">Read from the zip's .deps.json, e.g. <c>linux-x64</c>; null for a portable build.</param>
public sealed record BuildInfoZip(string Name, string Sha256, string? TargetFramework, string? RuntimeIdentifier);
