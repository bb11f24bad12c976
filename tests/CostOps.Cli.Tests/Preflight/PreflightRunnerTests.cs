using CostOps.Cli.Preflight;
using CostOps.Cli.Tests.Fakes;
using Moq;

namespace CostOps.Cli.Tests.Preflight;

public sealed class PreflightRunnerTests : IDisposable
{
    private readonly TempRepository _repo = new();

    [Fact]
    public async Task RunAsync_PrerequisiteFailed_SkipsDependentNamingIt()
    {
        var runner = new PreflightRunner([Check("tfvars", CheckStatus.Failed), Check("region", CheckStatus.Passed, "tfvars"), Check("terraform", CheckStatus.Passed)]);

        var results = await runner.RunAsync(_repo.Context(), [], [], default);

        Assert.Equal([CheckStatus.Failed, CheckStatus.Skipped, CheckStatus.Passed], results.Select(r => r.Status));
        Assert.Equal("not checked because the tfvars check did not pass", results[1].Message);
    }

    [Fact]
    public async Task RunAsync_OnlyAndSkip_RunTheChosenChecks()
    {
        var runner = new PreflightRunner([Check("a", CheckStatus.Passed), Check("b", CheckStatus.Passed), Check("c", CheckStatus.Passed)]);

        var only = await runner.RunAsync(_repo.Context(), ["b"], [], default);
        var skip = await runner.RunAsync(_repo.Context(), [], ["b"], default);

        Assert.Equal(["b"], only.Select(r => r.Id));
        Assert.Equal(["a", "c"], skip.Select(r => r.Id));
    }

    [Fact]
    public async Task RunAsync_CheckThrows_BecomesAFailureAndTheOthersRun()
    {
        var throwing = new Mock<IPreflightCheck>();
        throwing.SetupGet(c => c.Id).Returns("clusters");
        throwing.SetupGet(c => c.Needs).Returns([]);
        throwing.Setup(c => c.RunAsync(It.IsAny<PreflightContext>(), It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("connection refused"));
        var runner = new PreflightRunner([throwing.Object, Check("email", CheckStatus.Passed)]);

        var results = await runner.RunAsync(_repo.Context(), [], [], default);

        Assert.Equal(CheckStatus.Failed, results[0].Status);
        Assert.Equal("the clusters check could not run (HttpRequestException: connection refused): fix that, then run the pre-flight again", results[0].Message);
        Assert.Equal(CheckStatus.Passed, results[1].Status);
    }

    public void Dispose() => _repo.Dispose();

    private static IPreflightCheck Check(string id, CheckStatus status, params string[] needs)
    {
        var check = new Mock<IPreflightCheck>();
        check.SetupGet(c => c.Id).Returns(id);
        check.SetupGet(c => c.Needs).Returns(needs);
        check.Setup(c => c.RunAsync(It.IsAny<PreflightContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(new CheckResult(id, status, status.ToString()));
        return check.Object;
    }
}
