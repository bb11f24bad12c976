using System.CommandLine;
using CostOps.Cli.Build;

namespace CostOps.Cli.Commands;

/// <summary><c>costops build-info</c>: records what dist/ was built from (run by make package).</summary>
public static class BuildInfoCommand
{
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var dist = new Option<string>("--dist") { Description = "The directory holding the Lambda zips.", DefaultValueFactory = _ => "dist" };
        var runtime = new Option<string>("--runtime") { Description = "The runtime identifier the zips were published for.", DefaultValueFactory = _ => "linux-x64" };
        var framework = new Option<string>("--framework") { Description = "The target framework the zips were published for.", DefaultValueFactory = _ => "net10.0" };
        var command = new Command("build-info", Help.WithExample(
            "Write dist/build-info.json: the git commit, whether the tree had uncommitted changes, and each zip's SHA-256, runtime and framework (read from the zip). make package runs it; the pre-flight's build check reads it.",
            "costops build-info --dist dist --runtime linux-x64 --framework net10.0"))
        {
            dist, runtime, framework,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var directory = Path.Combine(host.RepositoryRoot, parse.GetValue(dist)!);
            var info = await new BuildInfoWriter(host.Processes).WriteAsync(host.RepositoryRoot, directory, parse.GetValue(runtime)!, parse.GetValue(framework)!, cancellationToken).ConfigureAwait(false);
            await host.Out.WriteLineAsync($"Wrote {Path.Combine(parse.GetValue(dist)!, BuildInfo.FileName)}: {info.Zips.Count} zips from {info.Commit[..Math.Min(12, info.Commit.Length)]}{(info.Dirty ? " (uncommitted changes)" : string.Empty)}.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
