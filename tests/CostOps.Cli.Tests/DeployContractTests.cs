using CostOps.Cli.Configuration;
using CostOps.Cli.Preflight;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests;

/// <summary>What the pre-flight and the self-check rely on in the repository's Terraform files and Makefile.</summary>
public sealed class DeployContractTests : IDisposable
{
    private readonly TempRepository _repo = new();

    [Fact]
    public async Task TfvarsExample_ReadsAndPassesTheChecksThatNeedNoAccount()
    {
        var example = RepositoryFiles.Read("terraform/deploy/terraform.tfvars.example");
        _repo.WithTfvars(example);
        var context = _repo.Context();

        var file = TfvarsReader.Parse(example, "terraform.tfvars.example");
        var region = await new RegionCheck().RunAsync(context, default);
        var email = await new NotificationEmailCheck().RunAsync(context, default);

        Assert.NotNull(file.String("region", "x"));
        Assert.True(file.StringList("clusters", "x") is { Count: > 0 } || file.String("cluster_tag", "x") is not null);
        Assert.Equal((CheckStatus.Passed, CheckStatus.Passed), (region.Status, email.Status));
    }

    [Fact]
    public void SelfCheckCommandOutput_UsesVariablesTheMakefileSelfCheckTargetPasses()
    {
        var outputs = RepositoryFiles.Read("terraform/outputs.tf");
        var makefile = RepositoryFiles.Read("Makefile");
        var target = makefile[makefile.IndexOf("\nself-check:", StringComparison.Ordinal)..];

        Assert.Contains("make self-check", outputs, StringComparison.Ordinal);
        foreach (var (variable, option) in new[] { ("REGION", "--region"), ("SCHEDULER", "--scheduler"), ("COST_REPORT", "--report") })
        {
            Assert.Contains($"{variable}=", outputs, StringComparison.Ordinal);
            Assert.Contains($"$(if $({variable}),{option} $({variable}))", target, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _repo.Dispose();
}
