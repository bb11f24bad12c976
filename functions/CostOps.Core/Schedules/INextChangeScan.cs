namespace CostOps.Core.Schedules;

/// <summary>The earliest next change among the services added, from the instant the scan started. Not thread-safe.</summary>
public interface INextChangeScan
{
    /// <summary>Adds one service by its tags. Unmanaged, invalid and malformed-override services add nothing; never throws for tag values.</summary>
    void Add(IReadOnlyDictionary<string, string> serviceTags);

    /// <summary>The earliest next change so far; null when no service added has one within 8 days.</summary>
    DateTimeOffset? Earliest { get; }
}
