using CostOps.Aws.Adapters;
using CostOps.Aws.Ecs;
using CostOps.Core.Scheduler.Ports;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class EcsServiceTaggerTests
{
    [Fact]
    public async Task TagAsync_TagsServiceArnWithOneTag()
    {
        var arn = EcsFleetFake.ServiceArn("prod", "web");
        var client = new Mock<IEcsClient>(MockBehavior.Strict);
        TagResourceRequest? sent = null;
        client.Setup(c => c.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>()))
            .Callback<TagResourceRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new TagResourceResponse());

        await new EcsServiceTagger(client.Object).TagAsync(new ServiceRef("prod", "web", arn), "costops:status", "stopped", CancellationToken.None);

        Assert.Equal(arn, sent!.ResourceArn);
        Assert.Equal(new Tag { Key = "costops:status", Value = "stopped" }, Assert.Single(sent.Tags));
    }
}
