using CostOps.Aws.Adapters;
using CostOps.Aws.Sns;
using CostOps.Core.Notifications;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class SnsNotifierTests
{
    [Fact]
    public async Task PublishAsync_SendsSubjectAndMessageToTopic_ReturnsMessageId()
    {
        var client = new Mock<ISnsClient>();
        PublishRequest? sent = null;
        client.Setup(c => c.PublishAsync(It.IsAny<PublishRequest>(), It.IsAny<CancellationToken>()))
            .Callback<PublishRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new PublishResponse { MessageId = "m-1" });
        var notifier = new SnsNotifier(client.Object, "arn:aws:sns:us-east-1:123456789012:costops");

        var id = await notifier.PublishAsync(new Notification("CostOps weekly", "body"), CancellationToken.None);

        Assert.Equal("m-1", id);
        Assert.Equal(("arn:aws:sns:us-east-1:123456789012:costops", "CostOps weekly", "body"), (sent!.TopicArn, sent.Subject, sent.Message));
    }
}
