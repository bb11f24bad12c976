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
            var oracle = new WallClockOracle(schedule);
            for (var sample = 0; sample < 6; sample++)
            {
                var now = RandomInstant(random, schedule.Zone);
                var evaluation = ScheduleEvaluator.Evaluate(schedule, now);
                var expectedRunning = oracle.IsRunning(now);
                var expectedNext = oracle.NextChange(now);
                if (evaluation.Running != expectedRunning || evaluation.NextChange != expectedNext)
                {
                    mismatches.Add($"{schedule.Description} skip={string.Join('+', schedule.SkipDates)} at {now}: " +
                        $"running {evaluation.Running} (expected {expectedRunning}), next {TestSchedules.Format(evaluation.NextChange)} (expected {TestSchedules.Format(expectedNext)})");
                }
            }
        }

        Assert.Empty(mismatches);
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

        return new Schedule(zone, periods, skipDates, 0);
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
    /// Independent model: each period's minutes are walked one by one from its start and marked on a
    /// week of local wall-clock minutes, remembering whether the minute belongs to a period that started
    /// the same day or the day before (for skip dates). An instant runs when its local minute is marked.
    /// </summary>
    private sealed class WallClockOracle
    {
        private const int Week = 7 * 1440;
        private readonly Schedule schedule;
        private readonly bool[] sameDay = new bool[Week];
        private readonly bool[] dayBefore = new bool[Week];
        private readonly HashSet<long> skipDays;

        public WallClockOracle(Schedule schedule)
        {
            this.schedule = schedule;
            skipDays = [.. schedule.SkipDates.Select(d => (long)Period.DaysBetween(new LocalDate(1970, 1, 1), d))];
            foreach (var period in schedule.Periods)
            {
                var length = period.EndMinute > period.StartMinute ? period.EndMinute - period.StartMinute : period.EndMinute + 1440 - period.StartMinute;
                for (var day = 0; day < 7; day++)
                {
                    if ((period.Days.Mask & (1 << day)) == 0)
                    {
                        continue;
                    }

                    for (var minute = period.StartMinute; minute < period.StartMinute + length; minute++)
                    {
                        if (minute < 1440)
                        {
                            sameDay[(day * 1440) + minute] = true;
                        }
                        else
                        {
                            dayBefore[((day + 1) % 7 * 1440) + minute - 1440] = true;
                        }
                    }
                }
            }
        }

        public bool IsRunning(Instant instant)
        {
            var interval = schedule.Zone.GetZoneInterval(instant);
            return IsRunning(instant, interval.WallOffset);
        }

        /// <summary>Plain arithmetic on local minutes since 1970-01-01 (a Thursday); all zones used have whole-minute offsets.</summary>
        private bool IsRunning(Instant instant, Offset offset)
        {
            var localMinute = (instant.ToUnixTimeTicks() / NodaConstants.TicksPerMinute) + (offset.Seconds / 60);
            var epochDay = localMinute / 1440;
            var slot = (int)(((epochDay + 3) % 7 * 1440) + (localMinute % 1440));
            return (sameDay[slot] && !skipDays.Contains(epochDay))
                || (dayBefore[slot] && !skipDays.Contains(epochDay - 1));
        }

        /// <summary>The first whole minute after <paramref name="now"/>, up to 8 days on, where the decision differs.</summary>
        public Instant? NextChange(Instant now)
        {
            var current = IsRunning(now);
            var minuteTicks = NodaConstants.TicksPerMinute;
            var first = Instant.FromUnixTimeTicks(((now.ToUnixTimeTicks() / minuteTicks) + 1) * minuteTicks);
            var interval = schedule.Zone.GetZoneInterval(first);
            for (var candidate = first; candidate <= now + Duration.FromDays(8); candidate += Duration.FromMinutes(1))
            {
                if (interval.HasEnd && candidate >= interval.End)
                {
                    interval = schedule.Zone.GetZoneInterval(candidate);
                }

                if (IsRunning(candidate, interval.WallOffset) != current)
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
