namespace CostOps.Core.Costs;

/// <summary>Helpers for half-open instant intervals [start, end).</summary>
internal static class TimeSpanList
{
    public static (DateTimeOffset Start, DateTimeOffset End)? Clip(DateTimeOffset start, DateTimeOffset end, DateTimeOffset from, DateTimeOffset to)
    {
        var s = start > from ? start : from;
        var e = end < to ? end : to;
        return e > s ? (s, e) : null;
    }

    /// <summary>The parts of [start, end) not covered by any of <paramref name="holes"/>.</summary>
    public static IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Subtract(
        DateTimeOffset start, DateTimeOffset end, IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> holes)
    {
        var cursor = start;
        foreach (var hole in holes.OrderBy(h => h.Start))
        {
            if (hole.End <= cursor || hole.Start >= end)
            {
                continue;
            }

            if (hole.Start > cursor)
            {
                yield return (cursor, hole.Start);
            }

            cursor = hole.End > cursor ? hole.End : cursor;
            if (cursor >= end)
            {
                yield break;
            }
        }

        if (cursor < end)
        {
            yield return (cursor, end);
        }
    }

    /// <summary>Exact hours as a decimal (ticks / ticks-per-hour).</summary>
    public static decimal Hours(DateTimeOffset start, DateTimeOffset end) => (decimal)(end - start).Ticks / TimeSpan.TicksPerHour;
}
