using CostOps.Core.Schedules;
using NodaTime;

namespace CostOps.Core.Tests.Schedules;

public partial class ScheduleEvaluatorTests
{
    private static readonly string[] PropertyZones =
    [
        "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Australia/Sydney",
        "Australia/Lord_Howe", "America/Santiago", "Europe/London", "Pacific/Chatham", "Asia/Kolkata", "UTC",
    ];

    [Fact]
    public void Evaluate_RandomSchedules_MatchesWallClockMinuteWalk()
    {
        var random = new Random(20261122);
        var mismatches = new List<string>();
        for (var round = 0; round < 300 && mismatches.Count < 5; round++)
        {
            var schedule = RandomSchedule(random);
            for (var sample = 0; sample < 6; sample++)
            {
                var now = RandomInstant(random, schedule.Zone);
                var oracle = new WallClockOracle(schedule, now);
                var evaluation = ScheduleEvaluator.Evaluate(schedule, now);
                var expectedRunning = oracle.IsRunning();
                var expectedNext = oracle.NextChange();
                var next = ScheduleEvaluator.NextChange(schedule, now);
                if (evaluation.Running != expectedRunning || next != expectedNext)
                {
                    mismatches.Add($"{schedule.Description} lead={schedule.LeadMinutes} skip={string.Join('+', schedule.SkipDates)} at {now}: " +
                        $"running {evaluation.Running} (expected {expectedRunning}), next {TestSchedules.Format(next)} (expected {TestSchedules.Format(expectedNext)})");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static Schedule RandomSchedule(Random random)
    {
        var zone = DateTimeZoneProviders.Tzdb[PropertyZones[random.Next(PropertyZones.Length)]];
        var periods = new List<RunningPeriod>();
        for (var count = random.Next(1, 3); periods.Count < count;)
        {
            var days = new WeekdaySet((byte)random.Next(1, 128));
            var start = RandomMinute(random);
            var end = random.Next(8) == 0 ? 1440 : RandomMinute(random);
            periods.Add(new RunningPeriod(days, start, end, $"{days.Mask} {RunningPeriod.FormatMinute(start)}-{RunningPeriod.FormatMinute(end)}"));
        }

        var skipDates = new HashSet<LocalDate>();
        for (var i = random.Next(3); i > 0; i--)
        {
            skipDates.Add(new LocalDate(2026, 1, 1).PlusDays(random.Next(730)));
        }

        var lead = random.Next(4) == 0 ? random.Next(1, Schedule.MaxLeadMinutes + 1) : 0;
        return new Schedule(zone, periods, skipDates, lead);
    }

    /// <summary>Half the minutes fall at 15-minute marks near the small hours, where DST changes happen.</summary>
    private static int RandomMinute(Random random) =>
        random.Next(2) == 0 ? random.Next(1440) : (random.Next(0, 5) * 60) + (random.Next(4) * 15);

    /// <summary>Anywhere in 2026-2027, within two days of one of the zone's offset changes, or just before one.</summary>
    private static Instant RandomInstant(Random random, DateTimeZone zone)
    {
        var from = Instant.FromUtc(2026, 1, 1, 0, 0);
        var to = Instant.FromUtc(2028, 1, 1, 0, 0);
        var transitions = zone.GetZoneIntervals(from, to).Where(i => i.HasStart && i.Start > from).Select(i => i.Start).ToList();
        var seconds = random.Next(2) == 0 ? random.Next(60) : 0;
        var choice = random.Next(3);
        if (transitions.Count > 0 && choice > 0)
        {
            var near = transitions[random.Next(transitions.Count)];
            var minutes = choice == 1 ? random.Next(-2 * 1440, 2 * 1440) : random.Next(-180, 60);
            return near + Duration.FromMinutes(minutes) + Duration.FromSeconds(seconds);
        }

        return from + Duration.FromMinutes(random.Next(730 * 1440)) + Duration.FromSeconds(seconds);
    }

    /// <summary>
    /// Independent model, built around one instant from nothing but the zone's offsets: it lists the wall-clock
    /// minute of every real minute from a day before to 9.5 days after, then places each period on each start
    /// date. The period starts at the first minute whose wall clock has reached its start time (a running
    /// maximum makes this a binary search). It ends at the last minute whose wall clock reads its end time,
    /// or, when the clock skips that time, at the first minute after the skip (found from the first minute
    /// after which the clock stays past the end time, a binary search on a trailing minimum). A minute runs
    /// when it lies in [start - lead, end) of a non-empty period whose start date is not a skip date.
    /// </summary>
    private sealed class WallClockOracle
    {
        private const long MinutesPerDay = 1440;
        private const int DaysBefore = 1;

        /// <summary>One day before to 9.5 after: past the 8-day search, a 12-hour lead and any offset change.</summary>
        private const int Length = 21 * 720;
        private readonly Instant now;
        private readonly long firstMinute;
        private readonly bool[] running = new bool[Length];

        public WallClockOracle(Schedule schedule, Instant now)
        {
            this.now = now;
            firstMinute = FloorMinute(now) - (DaysBefore * MinutesPerDay);
            var wall = WallMinutes(schedule.Zone);
            var reached = new int[Length];
            var never = new int[Length];
            for (var i = 0; i < Length; i++)
            {
                reached[i] = i == 0 ? wall[0] : Math.Max(reached[i - 1], wall[i]);
                never[Length - 1 - i] = i == 0 ? wall[Length - 1] : Math.Min(never[Length - i], wall[Length - 1 - i]);
            }

            var count = new int[Length + 1];
            var today = (firstMinute + wall[DaysBefore * (int)MinutesPerDay]) / MinutesPerDay;
            var skipDays = schedule.SkipDates.Select(d => (long)Period.DaysBetween(new LocalDate(1970, 1, 1), d)).ToHashSet();
            for (var day = today - 2; day <= today + 9; day++)
            {
                var weekdayBit = 1 << (int)((day + 3) % 7); // 1970-01-01 was a Thursday; bit 0 is Monday
                foreach (var period in schedule.Periods.Where(p => (p.Days.Mask & weekdayBit) != 0))
                {
                    var endMinute = period.EndMinute > period.StartMinute ? period.EndMinute : period.EndMinute + MinutesPerDay;
                    var start = FirstAtLeast(reached, (int)((day * MinutesPerDay) + period.StartMinute - firstMinute));
                    var end = EndIndex(wall, never, (int)((day * MinutesPerDay) + endMinute - firstMinute));
                    if (end > start && !skipDays.Contains(day))
                    {
                        count[Math.Max(0, start - schedule.LeadMinutes)]++;
                        count[end]--;
                    }
                }
            }

            for (int i = 0, open = 0; i < Length; i++)
            {
                open += count[i];
                running[i] = open > 0;
            }
        }

        public bool IsRunning() => running[Index(FloorMinute(now))];

        /// <summary>The first whole minute after now, up to 8 days on, where the decision differs.</summary>
        public Instant? NextChange()
        {
            var current = IsRunning();
            var last = Index(FloorMinute(now + Duration.FromDays(8)));
            for (var index = Index(FloorMinute(now)) + 1; index <= last; index++)
            {
                if (running[index] != current)
                {
                    return ToInstant(firstMinute + index);
                }
            }

            return null;
        }

        /// <summary>Wall-clock minutes since 1970-01-01T00:00 local, less the first minute; all zones used have whole-minute offsets.</summary>
        private int[] WallMinutes(DateTimeZone zone)
        {
            var wall = new int[Length];
            for (var i = 0; i < Length;)
            {
                var interval = zone.GetZoneInterval(ToInstant(firstMinute + i));
                var offset = interval.WallOffset.Seconds / 60;
                var endIndex = interval.HasEnd ? Math.Min(Length, Index(FloorMinute(interval.End))) : Length;
                for (; i < endIndex; i++)
                {
                    wall[i] = i + offset;
                }
            }

            return wall;
        }

        /// <summary>The last minute whose wall clock reads <paramref name="end"/>, or when the clock skips it the first minute after the skip.</summary>
        private static int EndIndex(int[] wall, int[] never, int end)
        {
            var afterForGood = FirstAtLeast(never, end + 1);
            return afterForGood > 0 && wall[afterForGood - 1] == end ? afterForGood - 1 : afterForGood;
        }

        /// <summary>The first index of a non-decreasing array holding at least <paramref name="value"/>, or its length.</summary>
        private static int FirstAtLeast(int[] values, int value)
        {
            int low = 0, high = values.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                (low, high) = values[middle] >= value ? (low, middle) : (middle + 1, high);
            }

            return low;
        }

        private int Index(long minute) => (int)(minute - firstMinute);

        private static long FloorMinute(Instant instant) => instant.ToUnixTimeTicks() / NodaConstants.TicksPerMinute;

        private static Instant ToInstant(long minute) => Instant.FromUnixTimeTicks(minute * NodaConstants.TicksPerMinute);
    }
}
