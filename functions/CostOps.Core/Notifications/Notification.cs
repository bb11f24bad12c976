namespace CostOps.Core.Notifications;

/// <summary>An email-style notification sent through SNS.</summary>
/// <remarks>SNS limits: the subject is at most 100 printable ASCII characters with no line breaks; the message at most 256 KiB of UTF-8.</remarks>
public sealed record Notification
{
    public const int MaxSubjectLength = 100;
    public const int MaxMessageBytes = 262_144;

    public Notification(string subject, string message)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(message);
        if (subject.Length == 0 || subject.Length > MaxSubjectLength)
        {
            throw new ArgumentException($"Notification subject must be 1 to {MaxSubjectLength} characters; got {subject.Length}: \"{subject}\".", nameof(subject));
        }

        foreach (var c in subject)
        {
            if (c < 0x20 || c > 0x7E)
            {
                throw new ArgumentException($"Notification subject must be printable ASCII without line breaks; found U+{(int)c:X4} in \"{subject}\".", nameof(subject));
            }
        }

        var bytes = System.Text.Encoding.UTF8.GetByteCount(message);
        if (bytes > MaxMessageBytes)
        {
            throw new ArgumentException($"Notification message is {bytes} bytes; SNS accepts at most {MaxMessageBytes}.", nameof(message));
        }

        Subject = subject;
        Message = message;
    }

    public string Subject { get; }

    public string Message { get; }
}
