using CostOps.Cli.Preflight;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Preflight;

public sealed class BuildCheckTests : IDisposable
{
    private readonly TempRepository _repo = new();
    private readonly FakeProcessRunner _git = new FakeProcessRunner().Git(Commits.Head);

    [Fact]
    public async Task RunAsync_ZipsFromHeadCleanTree_Passes()
    {
        _repo.WithZips().WithBuildInfo();

        var result = await Check();

        Assert.Equal((CheckStatus.Passed, "2 zips built from 4f2c9a1e8b7d for net10.0/linux-x64"), (result.Status, result.Message));
    }

    [Fact]
    public async Task RunAsync_NoBuildInfo_FailsAskingForMakePackage()
    {
        _repo.WithZips();

        var result = await Check();

        Assert.Equal("dist/build-info.json is missing, so nothing says what the zips were built from: run make package", result.Message);
    }

    [Fact]
    public async Task RunAsync_BuiltFromAnotherCommit_FailsAsStale()
    {
        _repo.WithZips().WithBuildInfo(commit: Commits.Older);

        var result = await Check();

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Equal("the zips in dist were built from commit 0a1b2c3d4e5f but the checkout is at 4f2c9a1e8b7d: run make package", result.Message);
    }

    [Fact]
    public async Task RunAsync_DirtyTree_FailsNamingChanges()
    {
        _repo.WithZips().WithBuildInfo();
        var git = new FakeProcessRunner().Git(Commits.Head, " M functions/CostOps.Scheduler/Function.cs\n?? notes.txt\n");

        var result = await new BuildCheck(git).RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.StartsWith("the working tree has 2 uncommitted change(s) (functions/CostOps.Scheduler/Function.cs, notes.txt): commit or stash them", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DirtyTreeAllowed_PassesSayingSo()
    {
        _repo.WithZips().WithBuildInfo(dirty: true);
        var git = new FakeProcessRunner().Git(Commits.Head, " M README.md\n");

        var result = await new BuildCheck(git).RunAsync(_repo.Context(allowDirty: true), default);

        Assert.Equal(CheckStatus.Passed, result.Status);
        Assert.Contains("with uncommitted changes (allowed)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BuiltFromDirtyTreeNowClean_Fails()
    {
        _repo.WithZips().WithBuildInfo(dirty: true);

        var result = await Check();

        Assert.Equal("the zips in dist were built from a tree with uncommitted changes: run make package on the clean tree", result.Message);
    }

    [Fact]
    public async Task RunAsync_ZipChangedAfterPackage_FailsOnTheHash()
    {
        _repo.WithZips().WithBuildInfo();
        TempRepository.WriteZip(Path.Combine(_repo.Dist, "cost_report.zip"), ".NETCoreApp,Version=v10.0/linux-x64", "other build");

        var result = await Check();

        Assert.Equal("dist/cost_report.zip changed after make package recorded it (SHA-256 differs): run make package", result.Message);
    }

    [Fact]
    public async Task RunAsync_ZipMissing_FailsNamingIt()
    {
        _repo.WithZips().WithBuildInfo();
        File.Delete(Path.Combine(_repo.Dist, "scheduler.zip"));

        var result = await Check();

        Assert.Equal("dist/scheduler.zip is missing: run make package", result.Message);
    }

    [Theory]
    [InlineData(".NETCoreApp,Version=v10.0", "net10.0/portable")]
    [InlineData(".NETCoreApp,Version=v8.0/linux-x64", "net8.0/linux-x64")]
    [InlineData(".NETCoreApp,Version=v10.0/linux-arm64", "net10.0/linux-arm64")]
    public async Task RunAsync_ZipForAnotherRuntime_FailsNamingWhatItWasBuiltFor(string runtimeTarget, string built)
    {
        _repo.WithZips(runtimeTarget).WithBuildInfo();

        var result = await Check();

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains($"holds a build for {built}, Lambda's dotnet10 runtime needs net10.0/linux-x64", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RecordedForAnotherRuntime_Fails()
    {
        _repo.WithZips().WithBuildInfo(runtime: "linux-arm64");

        var result = await Check();

        Assert.Contains("were built for net10.0/linux-arm64", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NotAGitCheckout_FailsSayingSo()
    {
        _repo.WithZips().WithBuildInfo();
        var git = new FakeProcessRunner().Answer("git rev-parse HEAD", string.Empty, exitCode: 128, error: "fatal: not a git repository");

        var result = await new BuildCheck(git).RunAsync(_repo.Context(), default);

        Assert.Contains("is not a git checkout with a commit (fatal: not a git repository)", result.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _repo.Dispose();

    private Task<CheckResult> Check() => new BuildCheck(_git).RunAsync(_repo.Context(), default);
}
