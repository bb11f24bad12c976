using CostOps.Cli.Preflight;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Preflight;

public sealed class DotnetSdkCheckTests : IDisposable
{
    private readonly TempRepository _repo = new();

    [Fact]
    public async Task RunAsync_NotOnPath_FailsSayingToInstallSdk10()
    {
        var result = await new DotnetSdkCheck(new FakeProcessRunner()).RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.StartsWith("dotnet is not on PATH: install the .NET 10 SDK", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OnlyOlderSdks_FailsListingThem()
    {
        var processes = new FakeProcessRunner().Answer("dotnet --list-sdks", "8.0.404 [/usr/share/dotnet/sdk]\n9.0.100 [/usr/share/dotnet/sdk]\n");

        var result = await new DotnetSdkCheck(processes).RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Equal("no .NET 10 SDK is installed (found: 8.0.404, 9.0.100): install the .NET 10 SDK, which builds the net10.0 Lambda packages", result.Message);
    }

    [Fact]
    public async Task RunAsync_Sdk10AmongOthers_PassesNamingTheNewest10()
    {
        var processes = new FakeProcessRunner().Answer("dotnet --list-sdks", "8.0.404 [/a]\n10.0.100 [/a]\n10.0.200-preview.1 [/a]\n");

        var result = await new DotnetSdkCheck(processes).RunAsync(_repo.Context(), default);

        Assert.Equal((CheckStatus.Passed, ".NET SDK 10.0.200"), (result.Status, result.Message));
    }

    public void Dispose() => _repo.Dispose();
}
