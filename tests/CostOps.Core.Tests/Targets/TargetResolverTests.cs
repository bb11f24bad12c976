using CostOps.Core.Targets;

namespace CostOps.Core.Tests.Targets;

public class TargetResolverTests
{
    private static readonly TargetConfiguration Configuration = TargetConfiguration.FromJson("""
        {"role":"costops-member","externalId":"costops-7f3a","regions":["eu-west-1","us-east-1"],"targets":[
          {"accounts":["111111111111"],"clusters":["app"]},
          {"organizationalUnits":["ou-ab12-cdef3456","ou-ab12-deny0000"],"regions":["eu-west-1"],"clusterTag":"costops=on"}]}
        """)!;

    private static FakeOrganization Organization() => new FakeOrganization()
        .Unit("ou-ab12-cdef3456", null, "222222222222", "111111111111")
        .Unit("ou-ab12-nested00", "ou-ab12-cdef3456", "333333333333")
        .Unit("ou-ab12-deny0000", null, "444444444444")
        .Deny("ou-ab12-deny0000");

    [Fact]
    public async Task ResolveAsync_AccountsAndUnits_OneUnitPerAccountRegionFirstTargetWins()
    {
        var resolution = await TargetResolver.ResolveAsync(Configuration, Organization(), CancellationToken.None);

        Assert.Equal(["111111111111/eu-west-1", "111111111111/us-east-1", "222222222222/eu-west-1", "333333333333/eu-west-1"],
            resolution.Units.Select(u => u.ToString()));
        Assert.Equal(["app"], resolution.Units[0].Scope.Clusters);
        Assert.Equal("costops", resolution.Units[2].Scope.TagKey);
        Assert.Equal("arn:aws:iam::222222222222:role/costops-member", resolution.Units[2].RoleArn);
        Assert.Equal("costops-7f3a", resolution.Units[2].ExternalId);
        Assert.Equal("111111111111/eu-west-1 is reached by targets[0] and targets[1]; targets[0] manages it", Assert.Single(resolution.Notes));
    }

    [Fact]
    public async Task ResolveAsync_UnreadableUnit_IsAFailureNamingItAndTheOthersProceed()
    {
        var resolution = await TargetResolver.ResolveAsync(Configuration, Organization(), CancellationToken.None);

        var failure = Assert.Single(resolution.Failures);
        Assert.Equal("targets[1].organizationalUnits[1] ou-ab12-deny0000", failure.Target);
        Assert.Contains("AccessDeniedException", failure.Error, StringComparison.Ordinal);
        Assert.Equal(4, resolution.Units.Count);
    }

    [Theory]
    [InlineData("111111111111", "us-east-1", "app", 0)]
    [InlineData("111111111111", "eu-west-1", "app", 0)]
    [InlineData("333333333333", "eu-west-1", null, 4)]
    public async Task FindAsync_Targeted_ReturnsTheFirstTargetsUnitReadingOnlyWhatItNeeds(string account, string region, string? cluster, int reads)
    {
        var organization = Organization();

        var unit = await TargetResolver.FindAsync(Configuration, organization, account, region, CancellationToken.None);

        Assert.Equal($"{account}/{region}", unit!.ToString());
        Assert.Equal(cluster, unit.Scope.Clusters.FirstOrDefault());
        Assert.Equal(reads, organization.Reads);
    }

    [Theory]
    [InlineData("333333333333", "us-east-1")]
    [InlineData("999999999999", "us-east-1")]
    [InlineData("111111111111", "ap-south-1")]
    public async Task FindAsync_NotATarget_Null(string account, string region) =>
        Assert.Null(await TargetResolver.FindAsync(Configuration, Organization().Unit("ou-x-00000000"), account, region, CancellationToken.None));
}
