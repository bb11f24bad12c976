using System.Net;
using CostOps.Aws.Http;
using CostOps.Aws.Organizations;
using CostOps.Aws.Tests.Contracts;
using CostOps.Aws.Tests.Http;

namespace CostOps.Aws.Tests.Operations;

public sealed class OrganizationsClientHttpTests
{
    private const string Host = "organizations.us-east-1.amazonaws.com";

    private readonly TransportFixture _fixture = new();

    private OrganizationsClient Client => new(_fixture.Transport);

    [Fact]
    public async Task ListAccountsForParentAsync_ThreePagesOneEmpty_FollowsNextTokenToTheEnd()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.OK, """{"Accounts":[{"Id":"111111111111","Status":"ACTIVE"}],"NextToken":"t1"}""")
            .Respond(HttpStatusCode.OK, """{"Accounts":[],"NextToken":"t2"}""")
            .Respond(HttpStatusCode.OK, ContractAssert.Fixture("Organizations/ListAccountsForParent.json"));

        var accounts = await Client.ListAccountsForParentAsync("ou-ab12-cdef3456", default);

        Assert.Equal(["111111111111", "111111111111", "222222222222"], accounts.Select(a => a.Id));
        Assert.Equal("SUSPENDED", accounts[2].Status);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), accounts[2].JoinedTimestamp);
        Assert.Equal(3, _fixture.Handler.Requests.Count);
        HttpCallAssert.Json11(_fixture.Handler.Requests[0], Host, "AWSOrganizationsV20161128.ListAccountsForParent", "us-east-1", "organizations", """{"ParentId":"ou-ab12-cdef3456","MaxResults":20}""");
        HttpCallAssert.Json11(_fixture.Handler.Requests[2], Host, "AWSOrganizationsV20161128.ListAccountsForParent", "us-east-1", "organizations", """{"ParentId":"ou-ab12-cdef3456","NextToken":"t2","MaxResults":20}""");
    }

    [Fact]
    public async Task ListOrganizationalUnitsForParentAsync_Root_ReadsUnitsFromTheGlobalEndpoint()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Organizations/ListOrganizationalUnitsForParent.json"));

        var units = await Client.ListOrganizationalUnitsForParentAsync("r-ab12", default);

        Assert.Equal(("ou-ab12-cdef3456", "workloads"), (Assert.Single(units).Id, units[0].Name));
        HttpCallAssert.Json11(Assert.Single(_fixture.Handler.Requests), Host, "AWSOrganizationsV20161128.ListOrganizationalUnitsForParent", "us-east-1", "organizations", """{"ParentId":"r-ab12","MaxResults":20}""");
    }

    [Fact]
    public async Task ListAccountsForParentAsync_NotManagementAccount_ThrowsAccessDeniedWithoutRetry()
    {
        _fixture.Handler.Respond(HttpStatusCode.BadRequest, """{"__type":"AccessDeniedException","Message":"You don't have permissions to access this resource."}""");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client.ListAccountsForParentAsync("r-ab12", default));

        Assert.Equal(("Organizations", "ListAccountsForParent", "AccessDeniedException"), (error.ServiceId, error.Operation, error.ErrorCode));
        Assert.Contains("You don't have permissions", error.Message, StringComparison.Ordinal);
        Assert.Single(_fixture.Handler.Requests);
    }

    [Fact]
    public async Task ListAccountsForParentAsync_TooManyRequests_IsRetried()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.BadRequest, """{"__type":"TooManyRequestsException","Message":"AWS Organizations can't complete your request because another request is already in progress."}""")
            .Respond(HttpStatusCode.OK, """{"Accounts":[{"Id":"111111111111"}]}""");

        var accounts = await Client.ListAccountsForParentAsync("r-ab12", default);

        Assert.Single(accounts);
        Assert.Equal(2, _fixture.Handler.Requests.Count);
        Assert.Equal(1, _fixture.Statistics.TotalThrottles);
    }

    [Theory]
    [InlineData("")]
    [InlineData("111111111111")]
    [InlineData("ou-ab12")]
    [InlineData("r-AB12")]
    [InlineData("ou-ab12-cdef3456\n")]
    public async Task ListAccountsForParentAsync_NotARootOrOu_FailsNamingTheValueWithoutSending(string parentId)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.ListAccountsForParentAsync(parentId, default));

        Assert.Contains($"got '{parentId}'", error.Message, StringComparison.Ordinal);
        Assert.Empty(_fixture.Handler.Requests);
    }
}
