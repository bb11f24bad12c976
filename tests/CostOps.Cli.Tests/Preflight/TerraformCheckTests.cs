using CostOps.Cli.Preflight;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Preflight;

public sealed class TerraformCheckTests : IDisposable
{
    private readonly TempRepository _repo = new();

    [Fact]
    public async Task RunAsync_NotOnPath_FailsSayingToInstall16OrLater()
    {
        var result = await new TerraformCheck(new FakeProcessRunner()).RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Equal("terraform is not on PATH: install Terraform 1.6 or later and make sure `terraform version` works in this shell", result.Message);
    }

    [Fact]
    public async Task RunAsync_Version15_FailsAsTooOld()
    {
        var processes = new FakeProcessRunner().Answer("terraform version -json", """{"terraform_version":"1.5.7"}""");

        var result = await new TerraformCheck(processes).RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Equal("terraform 1.5.7 is too old: install Terraform 1.6 or later (the module needs it)", result.Message);
    }

    [Theory]
    [InlineData("""{"terraform_version":"1.6.0"}""", "Terraform 1.6.0")]
    [InlineData("""{"terraform_version":"1.10.0-beta1"}""", "Terraform 1.10.0")]
    public async Task RunAsync_SupportedVersion_Passes(string output, string message)
    {
        var processes = new FakeProcessRunner().Answer("terraform version -json", output);

        var result = await new TerraformCheck(processes).RunAsync(_repo.Context(), default);

        Assert.Equal((CheckStatus.Passed, message), (result.Status, result.Message));
    }

    [Fact]
    public async Task RunAsync_VeryOldTerraformWithoutJson_ReadsTheTextAndFails()
    {
        var processes = new FakeProcessRunner().Answer("terraform version -json", "Terraform v0.12.31\n", exitCode: 1);

        var result = await new TerraformCheck(processes).RunAsync(_repo.Context(), default);

        Assert.Contains("terraform 0.12.31 is too old", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoVersionInAnswer_FailsSayingSo()
    {
        var processes = new FakeProcessRunner().Answer("terraform version -json", "something else", exitCode: 2);

        var result = await new TerraformCheck(processes).RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains("did not say which version it is (exit code 2)", result.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _repo.Dispose();
}
