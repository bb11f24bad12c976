using CostOps.Core.State;

namespace CostOps.Core.Budgets;

/// <summary>
/// The ledger's answer for one budget's reached thresholds. Every reached threshold is recorded (so a lower one never alerts later);
/// the alert goes out for the highest newly recorded threshold that is not at or below an already recorded one of the same kind.
/// Of two overlapping runs, the one that records the highest threshold sends; the other finds only suppressed or recorded keys.
/// </summary>
/// <param name="Error">Set when the ledger failed; this attempt's records were then removed again (as far as the ledger allowed).</param>
internal sealed record AlertClaim(IReadOnlyList<string> RecordedKeys, CrossedThreshold? Alert, IReadOnlyList<CrossedThreshold> AlsoNew, string? Error = null)
{
    /// <param name="crossed">Highest first.</param>
    public static async Task<AlertClaim> ClaimAsync(
        IOnceLedger ledger,
        BudgetSnapshot budget,
        IReadOnlyList<CrossedThreshold> crossed,
        DateTimeOffset expiresAt,
        string detail,
        CancellationToken cancellationToken)
    {
        var recorded = new List<string>();
        var alreadyRecorded = new List<CrossedThreshold>();
        var fresh = new List<CrossedThreshold>();
        try
        {
            foreach (var c in crossed)
            {
                var key = BudgetLedgerKey.For(budget, c.Threshold);
                if (await ledger.TryRecordAsync(key, detail, expiresAt, cancellationToken).ConfigureAwait(false))
                {
                    recorded.Add(key);
                    if (!alreadyRecorded.Exists(a => a.Threshold.Kind == c.Threshold.Kind && a.Amount >= c.Amount))
                    {
                        fresh.Add(c);
                    }
                }
                else
                {
                    alreadyRecorded.Add(c);
                }
            }
        }
        catch (Exception ex)
        {
            var stuck = await ForgetAsync(ledger, recorded).ConfigureAwait(false);
            if (ex is OperationCanceledException)
            {
                throw;
            }

            return new AlertClaim([], null, [], $"Recording the alert in the ledger failed ({ex.Message}); no alert was sent, the next run tries again.{StuckText(stuck)}");
        }

        return fresh.Count == 0
            ? new AlertClaim(recorded, null, [])
            : new AlertClaim(recorded, fresh[0], fresh.Skip(1).ToList());
    }

    /// <summary>Removes this attempt's records so the next run tries again. Not cancellable: a half-undone claim would lose the alert.</summary>
    /// <returns>Keys that could not be removed; they block their alert until they expire.</returns>
    public static async Task<IReadOnlyList<string>> ForgetAsync(IOnceLedger ledger, IReadOnlyList<string> keys)
    {
        var stuck = new List<string>();
        foreach (var key in keys)
        {
            try
            {
                await ledger.ForgetAsync(key, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception)
            {
                stuck.Add(key);
            }
        }

        return stuck;
    }

    /// <summary>Sentence for people about keys that could not be removed; empty when there are none.</summary>
    public static string StuckText(IReadOnlyList<string> stuck) => stuck.Count == 0
        ? string.Empty
        : $" Removing these ledger records also failed, so their alerts stay blocked until the records expire unless deleted by hand: {string.Join(", ", stuck)}.";
}
