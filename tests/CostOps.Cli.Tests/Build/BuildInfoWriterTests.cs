using System.Text.Json;
using CostOps.Cli.Build;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Build;

public sealed class BuildInfoWriterTests : IDisposable
{
    private readonly TempRepository _repo = new();

    [Fact]
    public async Task WriteAsync_ZipsForLinuxX64_WritesCommitDirtyFlagAndHashes()
    {
        _repo.WithZips();
        var git = new FakeProcessRunner().Git(Commits.Head, " M README.md\n");

        await new BuildInfoWriter(git).WriteAsync(_repo.Root, _repo.Dist, "linux-x64", "net10.0", default);

        var info = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(_repo.Dist, "build-info.json")), CliJsonContext.Default.BuildInfo)!;
        Assert.Equal((Commits.Head, true, "linux-x64", "net10.0"), (info.Commit, info.Dirty, info.RuntimeIdentifier, info.TargetFramework));
        Assert.Equal(["scheduler.zip", "cost_report.zip"], info.Zips.Select(z => z.Name));
        Assert.Equal(Sha256File.Of(Path.Combine(_repo.Dist, "scheduler.zip")), info.Zips[0].Sha256);
        Assert.Equal(64, info.Zips[1].Sha256.Length);
    }

    [Fact]
    public async Task WriteAsync_ThenBuildCheck_Passes()
    {
        _repo.WithZips();
        var git = new FakeProcessRunner().Git(Commits.Head);

        await new BuildInfoWriter(git).WriteAsync(_repo.Root, _repo.Dist, "linux-x64", "net10.0", default);
        var result = await new CostOps.Cli.Preflight.BuildCheck(git).RunAsync(_repo.Context(), default);

        Assert.Equal(CostOps.Cli.Preflight.CheckStatus.Passed, result.Status);
    }

    [Fact]
    public async Task WriteAsync_PortableZip_RefusesNamingTheTarget()
    {
        _repo.WithZips(".NETCoreApp,Version=v10.0");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new BuildInfoWriter(new FakeProcessRunner().Git(Commits.Head)).WriteAsync(_repo.Root, _repo.Dist, "linux-x64", "net10.0", default));

        Assert.Contains("was built for net10.0/portable, not net10.0/linux-x64", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_repo.Dist, "build-info.json")));
    }

    [Fact]
    public async Task WriteAsync_ZipMissing_RefusesNamingIt()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new BuildInfoWriter(new FakeProcessRunner().Git(Commits.Head)).WriteAsync(_repo.Root, _repo.Dist, "linux-x64", "net10.0", default));

        Assert.Contains("scheduler.zip is missing", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _repo.Dispose();
}
