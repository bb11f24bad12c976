namespace CostOps.Core.Schedules;

/// <summary>
/// Resolves costops:schedule tag values: "none", a configured schedule name (ignoring case), or an inline
/// expression. Thread-safe; results, errors included, are cached per distinct text because thousands of
/// services share a few values. The cache stops growing at <see cref="MaxCachedValues"/> distinct texts.
/// </summary>
internal sealed class TagScheduleResolver(ScheduleConfiguration configuration)
{
    public const int MaxCachedValues = 4096;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TagSchedule> cache = new(StringComparer.Ordinal);

    public TagSchedule Resolve(string value)
    {
        if (cache.TryGetValue(value, out var known))
        {
            return known;
        }

        var resolved = ResolveUncached(value);
        if (cache.Count < MaxCachedValues)
        {
            cache.TryAdd(value, resolved);
        }

        return resolved;
    }

    internal int CachedCount => cache.Count;

    private TagSchedule ResolveUncached(string value)
    {
        var text = value.Trim();
        if (text.Equals(ScheduleDecider.NoneValue, StringComparison.OrdinalIgnoreCase))
        {
            return TagSchedule.Unmanaged;
        }

        if (configuration.Schedules.TryGetValue(text, out var named))
        {
            return new TagSchedule(named, null);
        }

        try
        {
            var parsed = ScheduleExpressionParser.ParseExpression(text);
            if (PeriodOverlap.Find(parsed.Periods) is [var overlap, ..])
            {
                return Error(value, $"{overlap.Describe(parsed.Periods)}: periods must not overlap");
            }

            var zone = parsed.Zone ?? configuration.DefaultZone;
            return zone is null
                ? Error(value, "it names no time zone and the configuration has no default zone: add one such as Europe/Berlin")
                : new TagSchedule(new Schedule(zone, parsed.Periods, parsed.SkipDates, parsed.LeadMinutes), null);
        }
        catch (ScheduleSyntaxException error)
        {
            var hint = IsSingleWord(text) && configuration.Schedules.Count > 0
                ? $" (it is not a configured schedule either: {string.Join(", ", configuration.Schedules.Keys.Order(StringComparer.Ordinal))})"
                : "";
            return Error(value, error.Message + hint);
        }
    }

    private static bool IsSingleWord(string text) => text.Length > 0 && !text.Contains(' ', StringComparison.Ordinal) && !char.IsAsciiDigit(text[0]);

    private static TagSchedule Error(string value, string problem) =>
        new(null, $"costops:schedule value '{value}' is not a schedule name, 'none' or a schedule expression: {problem}");
}
