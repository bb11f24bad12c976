using CostOps.Cli.Preflight;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Preflight;

public sealed class TargetsCheckTests : IDisposable
{
    private readonly TempRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task RunAsync_NoTargets_PassesForOneAccount()
    {
        _repo.WithValidTfvars();

        var result = await new TargetsCheck().RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Passed, result.Status);
        Assert.Equal("no targets: CostOps schedules this account and region", result.Message);
    }

    [Fact]
    public async Task RunAsync_Targets_PassesCountingAccountRegionsAndOrganizationalUnits()
    {
        _repo.WithTfvars(SimulatedMembers.Tfvars + "\n");

        var result = await new TargetsCheck().RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Passed, result.Status);
        Assert.Equal("3 account-region(s) in 2 account(s), through role costops-member with an external id", result.Message);
    }

    [Fact]
    public async Task RunAsync_BadAccountId_FailsNamingTheFieldAndLine()
    {
        _repo.WithTfvars("region = \"eu-west-1\"\ntargets = {\n  regions = [\"eu-west-1\"]\n  targets = [\n    { accounts = [\"11111111111\"], clusters = [\"app\"] },\n  ]\n}\n");

        var result = await new TargetsCheck().RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.StartsWith("terraform/deploy/terraform.tfvars line 2: targets.targets[0].accounts: \"11111111111\" is not valid", result.Message, StringComparison.Ordinal);
    }
}
