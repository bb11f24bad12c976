using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>Two periods of one schedule cover the same local minute of the week (overnight periods included).</summary>
internal sealed record PeriodOverlap(int First, int Second, IsoDayOfWeek Day, int Minute)
{
    private const int MinutesPerWeek = 7 * RunningPeriod.MinutesPerDay;

    public string Describe(IReadOnlyList<RunningPeriod> periods) =>
        $"'{periods[First].Text}' and '{periods[Second].Text}' overlap at {Day.ToString()[..3].ToLowerInvariant()} {RunningPeriod.FormatMinute(Minute)}";

    /// <summary>The first shared minute of each overlapping pair, in period order.</summary>
    public static IReadOnlyList<PeriodOverlap> Find(IReadOnlyList<RunningPeriod> periods)
    {
        var owner = new int[MinutesPerWeek];
        Array.Fill(owner, -1);
        var found = new List<PeriodOverlap>();
        for (var index = 0; index < periods.Count; index++)
        {
            var period = periods[index];
            for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
            {
                if (!period.Days.Contains(day))
                {
                    continue;
                }

                var first = (((int)day - 1) * RunningPeriod.MinutesPerDay) + period.StartMinute;
                for (var offset = 0; offset < period.DurationMinutes; offset++)
                {
                    var slot = (first + offset) % MinutesPerWeek;
                    var previous = owner[slot];
                    if (previous >= 0 && previous != index && !found.Exists(o => o.First == previous && o.Second == index))
                    {
                        found.Add(new PeriodOverlap(previous, index, (IsoDayOfWeek)((slot / RunningPeriod.MinutesPerDay) + 1), slot % RunningPeriod.MinutesPerDay));
                    }

                    owner[slot] = index;
                }
            }
        }

        return found;
    }
}
