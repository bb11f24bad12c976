using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Cli.Aws;
using CostOps.Cli.Preflight;
using CostOps.Cli.Tests.Fakes;
using Moq;

namespace CostOps.Cli.Tests.Preflight;

public sealed class ClustersCheckTests : IDisposable
{
    private readonly TempRepository _repo = new();
    private readonly Mock<IEcsClient> _ecs = new(MockBehavior.Strict);
    private readonly Mock<IAwsClientFactory> _aws = new(MockBehavior.Strict);

    public ClustersCheckTests() => _aws.Setup(a => a.Ecs("eu-west-1")).Returns(_ecs.Object);

    [Fact]
    public async Task RunAsync_AllClustersActive_Passes()
    {
        _repo.WithValidTfvars();
        Describe(Active("dev"), Active("staging"));

        var result = await Check();

        Assert.Equal((CheckStatus.Passed, "dev, staging active in eu-west-1"), (result.Status, result.Message));
    }

    [Fact]
    public async Task RunAsync_ClusterMissingInRegion_FailsNamingItAndTheRegionFix()
    {
        _repo.WithValidTfvars();
        Describe([Active("dev")], [new Failure { Arn = "arn:aws:ecs:eu-west-1:123456789012:cluster/staging", Reason = "MISSING" }]);

        var result = await Check();

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Equal("no active ECS cluster named staging in eu-west-1: fix clusters in terraform/deploy/terraform.tfvars, or set region to the region those clusters are in", result.Message);
    }

    [Fact]
    public async Task RunAsync_EcsDeniesTheCall_FailsNamingThePermissions()
    {
        _repo.WithValidTfvars();
        _ecs.Setup(e => e.DescribeClustersAsync(It.IsAny<DescribeClustersRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsServiceException("ECS", "DescribeClusters", "AccessDeniedException", "not authorized", "r-1", System.Net.HttpStatusCode.BadRequest));

        var result = await Check();

        Assert.Equal("ECS in eu-west-1 answered AccessDeniedException (not authorized): the identity you deploy with needs ecs:ListClusters and ecs:DescribeClusters there", result.Message);
    }

    [Fact]
    public async Task RunAsync_DeletedCluster_SaysDeleted()
    {
        _repo.WithValidTfvars();
        Describe(Active("dev"), new Cluster { ClusterName = "staging", Status = "INACTIVE" });

        var result = await Check();

        Assert.Contains("staging (deleted)", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("region = \"eu-west-1\"\n")]
    [InlineData("region = \"eu-west-1\"\nclusters = [\"dev\"]\ncluster_tag = \"costops\"\n")]
    public async Task RunAsync_NeitherOrBothScopes_FailsAskingForOne(string tfvars)
    {
        _repo.WithTfvars(tfvars);

        var result = await Check();

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains("must set either clusters or cluster_tag, not both and not neither", result.Message, StringComparison.Ordinal);
        _ecs.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunAsync_InvalidClusterName_FailsWithoutCallingEcs()
    {
        _repo.WithTfvars("region = \"eu-west-1\"\nclusters = [\"dev cluster\"]\n");

        var result = await Check();

        Assert.Contains("\"dev cluster\", which is not an ECS cluster name", result.Message, StringComparison.Ordinal);
        _ecs.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunAsync_ClusterArnInRegion_CheckedByItsName()
    {
        _repo.WithTfvars("region = \"eu-west-1\"\nclusters = [\"arn:aws:ecs:eu-west-1:123456789012:cluster/dev\"]\n");
        _ecs.Setup(e => e.DescribeClustersAsync(It.IsAny<DescribeClustersRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new DescribeClustersResponse { Clusters = [Active("dev")] });

        var result = await Check();

        Assert.Equal((CheckStatus.Passed, "dev active in eu-west-1"), (result.Status, result.Message));
    }

    [Fact]
    public async Task RunAsync_ClusterArnInAnotherRegion_FailsNamingIt()
    {
        _repo.WithTfvars("region = \"eu-west-1\"\nclusters = [\"arn:aws:ecs:us-east-1:123456789012:cluster/dev\"]\n");

        var result = await Check();

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains("arn:aws:ecs:us-east-1:123456789012:cluster/dev, in another region than eu-west-1", result.Message, StringComparison.Ordinal);
        _ecs.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunAsync_TagOnSomeCluster_PassesNamingThem()
    {
        _repo.WithTfvars("region = \"eu-west-1\"\ncluster_tag = \"costops=managed\"\n");
        ListAndDescribeTagged(
            Active("dev") with { Tags = [new Tag { Key = "costops", Value = "managed" }] },
            Active("prod") with { Tags = [new Tag { Key = "costops", Value = "off" }] });

        var result = await Check();

        Assert.Equal((CheckStatus.Passed, "1 active cluster(s) tagged costops=managed in eu-west-1: dev"), (result.Status, result.Message));
    }

    [Fact]
    public async Task RunAsync_TagOnNoCluster_FailsSayingHowManyWereLookedAt()
    {
        _repo.WithTfvars("region = \"eu-west-1\"\ncluster_tag = \"costops\"\n");
        ListAndDescribeTagged(Active("dev"), Active("prod"));

        var result = await Check();

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.StartsWith("no active ECS cluster in eu-west-1 has the tag costops (2 cluster(s) looked at): ", result.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _repo.Dispose();

    private Task<CheckResult> Check() => new ClustersCheck(_aws.Object).RunAsync(_repo.Context(), default);

    private static Cluster Active(string name) => new() { ClusterName = name, ClusterArn = $"arn:aws:ecs:eu-west-1:123456789012:cluster/{name}", Status = "ACTIVE" };

    private void Describe(params Cluster[] clusters) => Describe(clusters, []);

    private void Describe(Cluster[] clusters, Failure[] failures) =>
        _ecs.Setup(e => e.DescribeClustersAsync(It.Is<DescribeClustersRequest>(r => r.Clusters!.SequenceEqual(new[] { "dev", "staging" })), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DescribeClustersResponse { Clusters = clusters, Failures = failures });

    private void ListAndDescribeTagged(params Cluster[] clusters)
    {
        _ecs.Setup(e => e.ListClustersAllAsync(It.IsAny<ListClustersRequest>(), It.IsAny<CancellationToken>()))
            .Returns(new[] { new ListClustersResponse { ClusterArns = clusters.Select(c => c.ClusterArn!).ToList() } }.ToAsyncEnumerable());
        _ecs.Setup(e => e.DescribeClustersAsync(It.Is<DescribeClustersRequest>(r => r.Include!.Contains("TAGS")), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DescribeClustersResponse { Clusters = clusters });
    }
}
