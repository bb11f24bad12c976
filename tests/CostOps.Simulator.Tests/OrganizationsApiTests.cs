using CostOps.Aws.Http;
using CostOps.Aws.Organizations;
using static CostOps.Simulator.Tests.OrganizationTestbed;

namespace CostOps.Simulator.Tests;

public sealed class OrganizationsApiTests
{
    private readonly OrganizationTestbed _bed = new();

    private SimulatedOrganization Org => _bed.Organization;

    [Fact]
    public async Task ListAccountsForParent_FiveAccountsInAnOu_ComeInThreePagesOfTwo()
    {
        var members = new[] { "100000000001", "100000000002", "100000000003", "100000000004", "100000000005" };
        Org.AddOrganizationalUnit("ou-ab12-workload", members);

        var accounts = await _bed.Hub.Organizations.ListAccountsForParentAsync("ou-ab12-workload", default);

        Assert.Equal(members, accounts.Select(a => a.Id));
        Assert.All(accounts, a => Assert.Equal("ACTIVE", a.Status));
        Assert.Equal(3, Org.Calls("ListAccountsForParent"));
    }

    [Fact]
    public async Task ListAccountsForParent_Root_HoldsTheManagementAccountAndAccountsOutsideOus()
    {
        Org.AddAccount(Dev, "eu-west-1");
        Org.AddAccount(Prod, "eu-west-1");
        Org.AddOrganizationalUnit("ou-ab12-prodprod", Prod);

        var root = await _bed.Hub.Organizations.ListAccountsForParentAsync(SimulatedOrganization.RootId, default);
        var prod = await _bed.Hub.Organizations.ListAccountsForParentAsync("ou-ab12-prodprod", default);

        Assert.Equal([Dev, "123456789012"], root.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal([Prod], prod.Select(a => a.Id));
    }

    [Fact]
    public async Task ListOrganizationalUnitsForParent_NestedUnits_ListsOnlyDirectChildren()
    {
        Org.AddOrganizationalUnit("ou-ab12-workload")
            .AddOrganizationalUnitUnder("ou-ab12-workload", "ou-ab12-devteams", Dev)
            .AddOrganizationalUnitUnder("ou-ab12-workload", "ou-ab12-prodteam", Prod)
            .AddOrganizationalUnitUnder("ou-ab12-workload", "ou-ab12-sandboxx")
            .AddOrganizationalUnit("ou-ab12-security");

        var top = await _bed.Hub.Organizations.ListOrganizationalUnitsForParentAsync(SimulatedOrganization.RootId, default);
        var children = await _bed.Hub.Organizations.ListOrganizationalUnitsForParentAsync("ou-ab12-workload", default);

        Assert.Equal(["ou-ab12-security", "ou-ab12-workload"], top.Select(u => u.Id));
        Assert.Equal(["ou-ab12-devteams", "ou-ab12-prodteam", "ou-ab12-sandboxx"], children.Select(u => u.Id));
        Assert.Equal(2 + 1, Org.Calls("ListOrganizationalUnitsForParent"));
        Assert.Equal([Dev], (await _bed.Hub.Organizations.ListAccountsForParentAsync("ou-ab12-devteams", default)).Select(a => a.Id));
    }

    [Fact]
    public async Task ListAccountsForParent_UnknownOu_ParentNotFound()
    {
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => _bed.Hub.Organizations.ListAccountsForParentAsync("ou-ab12-nosuchou", default));

        Assert.Equal("ParentNotFoundException", error.ErrorCode);
    }

    [Fact]
    public async Task ListAccountsForParent_FromAMemberAccount_AccessDenied()
    {
        Org.AddAccount(Dev, "eu-west-1");
        var role = await _bed.Hub.Sts.AssumeRoleAsync(new() { RoleArn = Role(Dev), RoleSessionName = Session }, default);
        var member = new OrganizationsClient(_bed.TransportSignedWith(role.AccessKeyId, role.SecretAccessKey, role.SessionToken, "eu-west-1"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => member.ListAccountsForParentAsync(SimulatedOrganization.RootId, default));

        Assert.Equal("AccessDeniedException", error.ErrorCode);
    }

    [Fact]
    public void AddOrganizationalUnit_UnderUnknownParentOrBadId_Refused()
    {
        Assert.Throws<ArgumentException>(() => Org.AddOrganizationalUnitUnder("ou-ab12-nosuchou", "ou-ab12-children"));
        Assert.Throws<ArgumentException>(() => Org.AddOrganizationalUnit("workloads"));
    }
}
