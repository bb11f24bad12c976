namespace CostOps.Core.Notifications;

/// <summary>
/// Publishing failed in a way that does not say whether the topic accepted the message (a timeout, a connection lost
/// after sending, a server error): the message may have been delivered. Notifiers throw it instead of retrying.
/// </summary>
public sealed class DeliveryUnknownException : Exception
{
    public DeliveryUnknownException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
