using CostOps.Cli.Processes;

namespace CostOps.Cli.Tests.Processes;

public sealed class ProcessRunnerTests
{
    [Fact]
    public async Task RunAsync_ProgramNotOnPath_ReturnsNull()
    {
        var result = await new ProcessRunner().RunAsync("costops-no-such-program-" + Guid.NewGuid().ToString("N"), [], null, default);

        Assert.Null(result);
    }

    [Fact]
    public async Task RunAsync_Dotnet_CapturesOutputAndExitCode()
    {
        var result = await new ProcessRunner().RunAsync("dotnet", ["--list-sdks"], null, default);

        Assert.NotNull(result);
        Assert.True(result.Succeeded);
        Assert.Contains(" [", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FailingCommand_ReturnsItsExitCodeAndError()
    {
        var result = await new ProcessRunner().RunAsync("dotnet", ["costops-no-such-command"], null, default);

        Assert.NotNull(result);
        Assert.NotEqual(0, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Output + result.Error));
    }
}
