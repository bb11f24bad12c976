using CostOps.Aws.Http;
using CostOps.Aws.Sns;
using CostOps.Core.Notifications;

namespace CostOps.Aws.Adapters;

/// <summary>
/// Publishes notifications to one SNS topic; email subscribers receive them as plain text. Publish is never repeated
/// once the request may have reached SNS: such a failure is a <see cref="DeliveryUnknownException"/>.
/// </summary>
public sealed class SnsNotifier(ISnsClient client, string topicArn) : INotifier
{
    public async Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        try
        {
            var response = await client.PublishAsync(
                new PublishRequest { TopicArn = topicArn, Subject = notification.Subject, Message = notification.Message },
                cancellationToken).ConfigureAwait(false);
            return response.MessageId;
        }
        catch (AwsDeliveryUnknownException ex)
        {
            throw new DeliveryUnknownException(ex.Message, ex);
        }
        catch (InvalidDataException ex)
        {
            // SNS answered 2xx, so it accepted the message, but the answer could not be read.
            throw new DeliveryUnknownException(ex.Message, ex);
        }
    }
}
