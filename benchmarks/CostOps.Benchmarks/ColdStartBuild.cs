using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CostOps.Benchmarks;

/// <summary>
/// One published variant of the cold-start bootstrap (benchmarks/CostOps.ColdStart): plain JIT, ReadyToRun
/// (both framework-dependent, as <c>make package</c> builds the zips) or Native AOT (self-contained, one native file).
/// Published into the project's obj/coldstart/; the trim and AOT warnings of the publish are kept, one per code and place.
/// </summary>
internal sealed partial record ColdStartBuild(string Variant, string? Bootstrap, string? Problem, double PublishSeconds, long SizeBytes, IReadOnlyList<string> Warnings)
{
    public static readonly (string Variant, string[] Properties)[] Variants =
    [
        ("plain", ["-p:PublishReadyToRun=false", "-p:SelfContained=false"]),
        ("ReadyToRun", ["-p:PublishReadyToRun=true", "-p:SelfContained=false"]),
        ("Native AOT", ["-p:PublishAot=true", "-p:SelfContained=true", "-p:PublishReadyToRun=false", "-p:TreatWarningsAsErrors=false", "-p:TrimmerSingleWarn=false"]),
    ];

    /// <summary>Publishes the variant, or reuses the last publish when it is newer than every source it is built from.</summary>
    public static async Task<ColdStartBuild> PublishAsync(string root, string variant, string[] properties)
    {
        var output = Path.Combine(root, "benchmarks", "CostOps.ColdStart", "obj", "coldstart", variant.Replace(' ', '-').ToLowerInvariant());
        var record = output + ".publish.txt";
        if (File.Exists(record) && File.Exists(Path.Combine(output, "bootstrap")) && File.GetLastWriteTimeUtc(record) > NewestSource(root))
        {
            var lines = await File.ReadAllLinesAsync(record);
            return new ColdStartBuild(variant, Path.Combine(output, "bootstrap"), null, double.Parse(lines[0], System.Globalization.CultureInfo.InvariantCulture),
                SizeOf(output), lines[1..]) { Reused = true };
        }

        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var started = Stopwatch.GetTimestamp();
        var info = new ProcessStartInfo("dotnet", ["publish", Path.Combine(root, "benchmarks", "CostOps.ColdStart", "CostOps.ColdStart.csproj"),
            "-c", "Release", "-r", "linux-x64", "--nologo", "-o", output, .. properties])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var warnings = ParseWarnings(stdout);
        var bootstrap = Path.Combine(output, "bootstrap");
        if (process.ExitCode != 0 || !File.Exists(bootstrap))
        {
            var errors = stdout.Split('\n').Where(l => l.Contains(" error ", StringComparison.Ordinal)).Distinct().Take(3);
            return new ColdStartBuild(variant, null, $"dotnet publish failed (exit {process.ExitCode}): {string.Join(" | ", errors)} {await stderr}".Trim(), seconds, 0, warnings);
        }

        await File.WriteAllLinesAsync(record, [seconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), .. warnings]);
        return new ColdStartBuild(variant, bootstrap, null, seconds, SizeOf(output), warnings);
    }

    /// <summary>True when the last publish was reused (nothing it is built from changed since).</summary>
    public bool Reused { get; init; }

    private static long SizeOf(string output) => Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
        .Where(f => !f.EndsWith(".pdb", StringComparison.Ordinal) && !f.EndsWith(".dbg", StringComparison.Ordinal))
        .Sum(f => new FileInfo(f).Length);

    private static DateTime NewestSource(string root) =>
        new[] { "functions", "reports", Path.Combine("benchmarks", "CostOps.ColdStart") }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat([Path.Combine(root, "Directory.Build.props"), Path.Combine(root, "Directory.Packages.props")])
            .Max(File.GetLastWriteTimeUtc);

    /// <summary>IL trim (IL2xxx) and AOT (IL3xxx) warnings as "code: assembly or file: message", once each.</summary>
    private static List<string> ParseWarnings(string output) =>
        [.. output.Split('\n')
            .Select(l => WarningLine().Match(l))
            .Where(m => m.Success)
            .Select(m => $"{m.Groups["code"].Value}: {Path.GetFileName(m.Groups["where"].Value.Trim())}: {Trim(m.Groups["message"].Value)}")
            .Distinct(StringComparer.Ordinal)];

    private static string Trim(string message)
    {
        var text = message.Trim();
        var project = text.LastIndexOf(" [/", StringComparison.Ordinal);
        return project > 0 ? text[..project] : text;
    }

    [GeneratedRegex(@"^\s*(?<where>[^\s].*?)\s*:\s*warning\s+(?<code>IL\d{4})\s*:\s*(?<message>.*)$")]
    private static partial Regex WarningLine();
}
