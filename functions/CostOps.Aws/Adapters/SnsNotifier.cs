using CostOps.Aws.Sns;
using CostOps.Core.Notifications;

namespace CostOps.Aws.Adapters;

/// <summary>Publishes notifications to one SNS topic; email subscribers receive them as plain text.</summary>
public sealed class SnsNotifier(ISnsClient client, string topicArn) : INotifier
{
    public async Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var response = await client.PublishAsync(
            new PublishRequest { TopicArn = topicArn, Subject = notification.Subject, Message = notification.Message },
            cancellationToken).ConfigureAwait(false);
        return response.MessageId;
    }
}
