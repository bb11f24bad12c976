using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Aws.Sts;
using static CostOps.Simulator.Tests.OrganizationTestbed;

namespace CostOps.Simulator.Tests;

public sealed class SimulatedOrganizationTests
{
    private readonly OrganizationTestbed _bed = new();

    private SimulatedOrganization Org => _bed.Organization;

    [Fact]
    public async Task AssumeRole_MemberKeys_ReachThatAccountInTheSigningRegion()
    {
        Org.Hub.AddCluster("hub-tools");
        Org.AddAccount(Dev, "eu-west-1").AddCluster("app");
        Org.AddAccount(Dev, "us-east-1").AddCluster("web");

        var west = await ClustersAsync(_bed.Target(Dev, "eu-west-1"));
        var east = await ClustersAsync(_bed.Target(Dev, "us-east-1"));
        var hub = await ClustersAsync(_bed.Hub);

        Assert.Equal([$"arn:aws:ecs:eu-west-1:{Dev}:cluster/app"], west);
        Assert.Equal([$"arn:aws:ecs:us-east-1:{Dev}:cluster/web"], east);
        Assert.Equal(["arn:aws:ecs:us-west-2:123456789012:cluster/hub-tools"], hub);
        Assert.Equal(1, Org.Calls("AssumeRole"));
        Assert.Equal(3, Org.Calls("ListClusters"));
        Assert.Equal(1, Org.HandlerFor(Dev, "eu-west-1").Calls("ListClusters"));
        Assert.Equal(0, Org.Throttled);
    }

    [Fact]
    public async Task Throttled_EachAccountRegionHasItsOwnEcsBuckets_AndTheOrganisationAddsThemUp()
    {
        Org.AddAccount(Dev, "eu-west-1").AddCluster("app");
        Org.AddAccount(Prod, "eu-west-1").AddCluster("app");
        var dev = await _bed.Hub.Sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = Role(Dev), RoleSessionName = Session }, default);
        var prod = await _bed.Hub.Sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = Role(Prod), RoleSessionName = Session }, default);
        using var http = new HttpClient(Org.Handler, disposeHandler: false);

        // ECS allows a burst of 50 cluster reads per account and region: 50 in each account pass, the 51st in one is throttled.
        for (var i = 0; i < 50; i++)
        {
            Assert.True((await http.SendAsync(ListClusters(dev.AccessKeyId))).IsSuccessStatusCode);
            Assert.True((await http.SendAsync(ListClusters(prod.AccessKeyId))).IsSuccessStatusCode);
        }

        Assert.False((await http.SendAsync(ListClusters(dev.AccessKeyId))).IsSuccessStatusCode);
        Assert.Equal((1, 0, 1), (Org.HandlerFor(Dev, "eu-west-1").Throttled, Org.HandlerFor(Prod, "eu-west-1").Throttled, Org.Throttled));
    }

    private static HttpRequestMessage ListClusters(string accessKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://ecs.eu-west-1.amazonaws.com/") { Content = new StringContent("{}") };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.ListClusters");
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential={accessKey}/20260302/eu-west-1/ecs/aws4_request, SignedHeaders=host, Signature=0");
        return request;
    }

    [Fact]
    public async Task AssumeRole_DeniedAccount_AccessDeniedWithAwsWordingAndOtherAccountsProceed()
    {
        Org.AddAccount(Dev, "eu-west-1").AddCluster("app");
        Org.AddAccount(Prod, "eu-west-1").AddCluster("app");
        Org.DenyAssumeRole(Prod);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => ClustersAsync(_bed.Target(Prod, "eu-west-1")));

        Assert.Equal(("STS", "AssumeRole", "AccessDenied"), (error.ServiceId, error.Operation, error.ErrorCode));
        Assert.Equal($"User: arn:aws:sts::123456789012:assumed-role/costops/simulated is not authorized to perform: sts:AssumeRole on resource: {Role(Prod)}", error.ErrorMessage);
        Assert.Single(await ClustersAsync(_bed.Target(Dev, "eu-west-1")));
        Assert.Equal(0, Org.HandlerFor(Prod, "eu-west-1").Calls("ListClusters"));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("wrong-id", false)]
    [InlineData("hub-7f3a", true)]
    public async Task AssumeRole_OrganisationExpectsExternalId_OnlyTheRightOneIsAccepted(string? externalId, bool accepted)
    {
        Org.ExternalId = "hub-7f3a";
        Org.AddAccount(Dev, "eu-west-1").AddCluster("app");

        var attempt = ClustersAsync(_bed.Target(Dev, "eu-west-1", externalId));

        if (accepted)
        {
            Assert.Single(await attempt);
        }
        else
        {
            Assert.Equal("AccessDenied", (await Assert.ThrowsAsync<AwsServiceException>(() => attempt)).ErrorCode);
        }
    }

    [Fact]
    public async Task AssumeRole_AccountOutsideTheOrganisationOrOtherRoleName_IsRefused()
    {
        Org.AddAccount(Dev, "eu-west-1");
        Org.MemberRoleName = "costops-member";

        var outsider = await Assert.ThrowsAsync<AwsServiceException>(() => ClustersAsync(_bed.Target("333333333333", "eu-west-1")));
        var otherRole = await Assert.ThrowsAsync<AwsServiceException>(() => _bed.Hub.Sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = $"arn:aws:iam::{Dev}:role/admin", RoleSessionName = Session }, default));

        Assert.Equal(("AccessDenied", "AccessDenied"), (outsider.ErrorCode, otherRole.ErrorCode));
    }

    [Fact]
    public async Task Request_UnknownKeys_RefusedAsAwsDoesPerProtocol()
    {
        Org.AddAccount(Dev, "eu-west-1").AddCluster("app");
        var stranger = _bed.TransportSignedWith("AKIAUNKNOWN000000000", "secret", null, "eu-west-1");

        var ecs = await Assert.ThrowsAsync<AwsServiceException>(() => new EcsClient(stranger).ListClustersAsync(new ListClustersRequest(), default));
        var sts = await Assert.ThrowsAsync<AwsServiceException>(() => new StsClient(stranger).AssumeRoleAsync(new AssumeRoleRequest { RoleArn = Role(Dev), RoleSessionName = Session }, default));

        Assert.Equal("UnrecognizedClientException", ecs.ErrorCode);
        Assert.Equal("InvalidClientTokenId", sts.ErrorCode);
        Assert.Equal(0, Org.HandlerFor(Dev, "eu-west-1").Calls("ListClusters"));
    }

    [Fact]
    public async Task Request_IssuedKeysPastExpiry_ExpiredTokenAndAFreshRoleWorks()
    {
        Org.AddAccount(Dev, "eu-west-1").AddCluster("app");
        var role = await _bed.Hub.Sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = Role(Dev), RoleSessionName = Session, DurationSeconds = 900 }, default);
        var member = new EcsClient(_bed.TransportSignedWith(role.AccessKeyId, role.SecretAccessKey, role.SessionToken, "eu-west-1"));
        Assert.Single((await member.ListClustersAsync(new ListClustersRequest(), default)).ClusterArns!);
        Assert.Equal(_bed.Clock.GetUtcNow().AddMinutes(15), role.Expiration);

        _bed.Clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Equal("ExpiredTokenException", (await Assert.ThrowsAsync<AwsServiceException>(() => member.ListClustersAsync(new ListClustersRequest(), default))).ErrorCode);
        Assert.Single(await ClustersAsync(_bed.Target(Dev, "eu-west-1")));
    }

    [Fact]
    public async Task Target_AcrossAnHour_RoleIsAssumedAgainBeforeItsKeysExpire()
    {
        Org.AddAccount(Dev, "eu-west-1").AddCluster("app");
        var dev = _bed.Target(Dev, "eu-west-1");

        await ClustersAsync(dev);
        _bed.Clock.Advance(TimeSpan.FromMinutes(56));
        await ClustersAsync(dev);
        _bed.Clock.Advance(TimeSpan.FromMinutes(56));
        await ClustersAsync(dev);

        Assert.Equal(3, Org.Calls("AssumeRole"));
    }

    [Fact]
    public async Task Target_SessionEndedBeforeItsExpiry_RoleIsAssumedAgainAndTheCallSucceeds()
    {
        Org.AddAccount(Dev, "eu-west-1").AddCluster("app");
        Org.AddAccount(Prod, "eu-west-1").AddCluster("app");
        var dev = _bed.Target(Dev, "eu-west-1");
        var prod = _bed.Target(Prod, "eu-west-1");
        await ClustersAsync(dev);
        await ClustersAsync(prod);

        Org.ExpireSessions(Dev);

        Assert.Single(await ClustersAsync(dev));
        Assert.Single(await ClustersAsync(prod));
        Assert.Equal(3, Org.Calls("AssumeRole"));
        Assert.Equal(2, Org.HandlerFor(Dev, "eu-west-1").Calls("ListClusters"));
    }

    [Fact]
    public async Task Account_InOrganisationWithoutThatRegion_AnsweredAsARegionNotEnabled()
    {
        Org.AddAccount(Dev, "eu-west-1");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => ClustersAsync(_bed.Target(Dev, "ap-south-1")));

        Assert.Equal("UnrecognizedClientException", error.ErrorCode);
        Assert.Contains($"account {Dev} has no region ap-south-1", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAccount_SameAccountRegionTwice_Refused()
    {
        Org.AddAccount(Dev, "eu-west-1");

        Assert.Throws<ArgumentException>(() => Org.AddAccount(Dev, "eu-west-1"));
        Assert.Throws<KeyNotFoundException>(() => Org.Account(Dev, "us-east-1"));
    }

    private static async Task<List<string>> ClustersAsync(CostOps.Aws.AwsAccess access) =>
        [.. (await access.Ecs.ListClustersAsync(new ListClustersRequest(), default)).ClusterArns ?? []];
}
