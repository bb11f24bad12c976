using CostOps.Cli.Preflight;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Preflight;

public sealed class RegionCheckTests : IDisposable
{
    private readonly TempRepository _repo = new();

    [Fact]
    public async Task RunAsync_SameRegionEverywhere_Passes()
    {
        _repo.WithValidTfvars("us-east-2").WithAwsConfig("[default]\nregion = us-east-2\n");

        var result = await new RegionCheck().RunAsync(_repo.Context(Env(("AWS_REGION", "us-east-2"), ("AWS_DEFAULT_REGION", "us-east-2"))), default);

        Assert.Equal((CheckStatus.Passed, "us-east-2 everywhere it is set"), (result.Status, result.Message));
    }

    [Fact]
    public async Task RunAsync_ProfileRegionDiffersFromTfvars_FailsNamingBothAndTheFix()
    {
        _repo.WithValidTfvars("us-east-1").WithAwsConfig("[default]\nregion = us-east-2\n");

        var result = await new RegionCheck().RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains("the region differs: terraform/deploy/terraform.tfvars says us-east-1 but profile default in ", result.Message, StringComparison.Ordinal);
        Assert.Contains(" says us-east-2: ", result.Message, StringComparison.Ordinal);
        Assert.Contains("export AWS_REGION=us-east-1", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_EnvironmentDiffers_NamesEachVariable()
    {
        _repo.WithValidTfvars("eu-west-1");

        var result = await new RegionCheck().RunAsync(_repo.Context(Env(("AWS_REGION", "eu-west-1"), ("AWS_DEFAULT_REGION", "eu-central-1"))), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains("AWS_DEFAULT_REGION says eu-central-1", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AWS_REGION says", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NamedProfile_ReadsThatProfileFromAwsConfigFile()
    {
        _repo.WithValidTfvars("eu-west-1");
        var config = Path.Combine(_repo.Root, "aws-config");
        File.WriteAllText(config, "[default]\nregion = eu-west-1\n[profile prod]\nregion = us-west-2\n");

        var result = await new RegionCheck().RunAsync(_repo.Context(Env(("AWS_PROFILE", "prod"), ("AWS_CONFIG_FILE", config))), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains($"profile prod in {config} says us-west-2", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoRegionInTfvars_FailsAskingForOne()
    {
        _repo.WithTfvars("clusters = [\"dev\"]\n");

        var result = await new RegionCheck().RunAsync(_repo.Context(), default);

        Assert.Equal("terraform/deploy/terraform.tfvars sets no region: add region = \"eu-west-1\" (the region of the clusters CostOps manages)", result.Message);
    }

    [Theory]
    [InlineData("region = \"Ireland\"", "is not an AWS region name")]
    [InlineData("region = 1", "region must be a quoted string")]
    public async Task RunAsync_BadRegionValue_FailsNamingIt(string tfvars, string problem)
    {
        _repo.WithTfvars(tfvars);

        var result = await new RegionCheck().RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains(problem, result.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _repo.Dispose();

    private static Dictionary<string, string> Env(params (string Name, string Value)[] variables) => variables.ToDictionary(v => v.Name, v => v.Value);
}
