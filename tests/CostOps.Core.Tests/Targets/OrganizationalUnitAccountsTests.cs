using CostOps.Core.Targets;

namespace CostOps.Core.Tests.Targets;

public class OrganizationalUnitAccountsTests
{
    [Fact]
    public async Task ListAsync_NestedUnits_ListsActiveAccountsAtEveryDepthOnce()
    {
        var organization = new FakeOrganization()
            .Unit("ou-root-aaaaaaaa", null, "333333333333")
            .Unit("ou-root-bbbbbbbb", "ou-root-aaaaaaaa", "111111111111")
            .Unit("ou-root-cccccccc", "ou-root-bbbbbbbb", "222222222222", "111111111111")
            .Account("ou-root-cccccccc", "444444444444", "SUSPENDED")
            .Account("ou-root-bbbbbbbb", "555555555555", "PENDING_CLOSURE");

        var accounts = await OrganizationalUnitAccounts.ListAsync(organization, "ou-root-aaaaaaaa", CancellationToken.None);

        Assert.Equal(["111111111111", "222222222222", "333333333333"], accounts);
    }

    [Fact]
    public async Task ListAsync_UnreadableNestedUnit_Throws()
    {
        var organization = new FakeOrganization()
            .Unit("ou-root-aaaaaaaa", null, "111111111111")
            .Unit("ou-root-bbbbbbbb", "ou-root-aaaaaaaa", "222222222222")
            .Deny("ou-root-bbbbbbbb");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => OrganizationalUnitAccounts.ListAsync(organization, "ou-root-aaaaaaaa", CancellationToken.None));

        Assert.Contains("ou-root-bbbbbbbb", error.Message, StringComparison.Ordinal);
    }
}
