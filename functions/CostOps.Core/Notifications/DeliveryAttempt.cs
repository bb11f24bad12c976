using CostOps.Core.State;

namespace CostOps.Core.Notifications;

/// <summary>
/// Makes "one message per key" hold except after an ambiguous failure, where one marked duplicate is possible.
/// Before publishing, the attempt is recorded under <c>attempt#&lt;key&gt;</c>. If that record already exists, an earlier
/// attempt's delivery is unknown: this one is a re-send and says so in the message. After an ambiguous failure the
/// record stays, so the next run re-sends (marked); after an ambiguous re-send the caller keeps its claim and stops.
/// </summary>
public sealed class DeliveryAttempt
{
    public const string ResendNote = "(re-sent: the previous attempt's delivery is unknown)";

    private readonly IOnceLedger _ledger;
    private readonly string _key;

    private DeliveryAttempt(IOnceLedger ledger, string key, bool isResend)
    {
        _ledger = ledger;
        _key = key;
        IsResend = isResend;
    }

    /// <summary>Whether an earlier attempt for the same claim ended with its delivery unknown.</summary>
    public bool IsResend { get; }

    public static string KeyFor(string claimKey) => "attempt#" + claimKey;

    /// <summary>Records the attempt for <paramref name="claimKey"/>; the record expires with the claim.</summary>
    public static async Task<DeliveryAttempt> BeginAsync(IOnceLedger ledger, string claimKey, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var key = KeyFor(claimKey);
        var first = await ledger.TryRecordAsync(key, "publish attempted", expiresAt, cancellationToken).ConfigureAwait(false);
        return new DeliveryAttempt(ledger, key, !first);
    }

    /// <summary>The notification as sent: a re-send starts with <see cref="ResendNote"/>.</summary>
    public Notification Mark(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return IsResend ? new Notification(notification.Subject, ResendNote + "\n\n" + notification.Message) : notification;
    }

    /// <summary>After a successful publish: the record is no longer needed (the caller's claim now blocks further sends).</summary>
    public Task CompleteAsync() => ForgetRecordAsync();

    /// <summary>Whether a publish failure leaves the delivery unknown (the caller's deadline during the call counts).</summary>
    public static bool IsAmbiguous(Exception ex) => ex is DeliveryUnknownException or OperationCanceledException;

    /// <summary>
    /// After a failed publish: whether the caller should release its claim so the next run tries again. A failure that
    /// proves nothing was delivered releases it (and this attempt's record, unless an earlier attempt is still unknown);
    /// an ambiguous first attempt releases it and keeps the record (next run re-sends, marked); an ambiguous re-send keeps it.
    /// </summary>
    public async Task<bool> ReleaseClaimAfterAsync(Exception failure)
    {
        if (!IsAmbiguous(failure))
        {
            if (!IsResend)
            {
                await ForgetRecordAsync().ConfigureAwait(false);
            }

            return true;
        }

        return !IsResend;
    }

    private async Task ForgetRecordAsync()
    {
        try
        {
            await _ledger.ForgetAsync(_key, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Left behind, the record can only mark a later message for the same claim as a possible re-send.
        }
    }
}
