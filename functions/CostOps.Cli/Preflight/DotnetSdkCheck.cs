using CostOps.Cli.Processes;

namespace CostOps.Cli.Preflight;

/// <summary>A .NET 10 SDK is installed (the functions target net10.0; global.json asks for 10.0.100 or a later feature band).</summary>
public sealed class DotnetSdkCheck(IProcessRunner processes) : IPreflightCheck
{
    public const int RequiredMajor = 10;

    public string Id => "dotnet";

    public IReadOnlyList<string> Needs => [];

    public async Task<CheckResult> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var result = await processes.RunAsync("dotnet", ["--list-sdks"], null, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return CheckResult.Fail(Id, $"dotnet is not on PATH: install the .NET {RequiredMajor} SDK and make sure `dotnet --list-sdks` works in this shell");
        }

        var sdks = ParseSdks(result.Output);
        var suitable = sdks.Where(v => v.Major == RequiredMajor).OrderDescending().FirstOrDefault();
        if (suitable is not null)
        {
            return CheckResult.Pass(Id, $".NET SDK {suitable}");
        }

        var found = sdks.Count == 0 ? "none" : string.Join(", ", sdks);
        return CheckResult.Fail(Id, $"no .NET {RequiredMajor} SDK is installed (found: {found}): install the .NET {RequiredMajor} SDK, which builds the net10.0 Lambda packages");
    }

    /// <summary>Lines such as <c>10.0.100 [/usr/share/dotnet/sdk]</c>; previews (<c>10.0.100-rc.2…</c>) count by their number.</summary>
    internal static IReadOnlyList<Version> ParseSdks(string output)
    {
        var versions = new List<Version>();
        foreach (var line in output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var number = line.Split(' ')[0].Split('-')[0];
            if (Version.TryParse(number, out var version))
            {
                versions.Add(version);
            }
        }

        return versions;
    }
}
