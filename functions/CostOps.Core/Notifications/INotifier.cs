namespace CostOps.Core.Notifications;

/// <summary>Publishes a notification to the CostOps SNS topic.</summary>
public interface INotifier
{
    /// <returns>The message id the topic assigned.</returns>
    Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken);
}
