using System.Net;
using CostOps.Aws.Adapters;
using CostOps.Aws.Http;
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

    [Fact]
    public async Task PublishAsync_DeliveryUnknownOnTheWire_ThrowsDeliveryUnknown()
    {
        var client = new Mock<ISnsClient>();
        client.Setup(c => c.PublishAsync(It.IsAny<PublishRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsDeliveryUnknownException("SNS", "Publish", new TaskCanceledException("timed out", new TimeoutException())));
        var notifier = new SnsNotifier(client.Object, "arn:aws:sns:us-east-1:123456789012:costops");

        var error = await Assert.ThrowsAsync<DeliveryUnknownException>(() => notifier.PublishAsync(new Notification("s", "m"), CancellationToken.None));

        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_ProvedNotDelivered_ThrowsTheServiceError()
    {
        var client = new Mock<ISnsClient>();
        client.Setup(c => c.PublishAsync(It.IsAny<PublishRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsServiceException("SNS", "Publish", "AuthorizationError", "not allowed", null, HttpStatusCode.Forbidden));
        var notifier = new SnsNotifier(client.Object, "arn:aws:sns:us-east-1:123456789012:costops");

        await Assert.ThrowsAsync<AwsServiceException>(() => notifier.PublishAsync(new Notification("s", "m"), CancellationToken.None));
    }
}
