using CostOps.Core.Costs;
using NodaTime;

namespace CostOps.Core.Tests.Costs;

public class ReportWindowTests
{
    [Fact]
    public void CostDates_Week47_FourteenDaysWithExclusiveEnd()
    {
        var window = new ReportWindow(IsoWeek.Parse("2026-W47"), DateTimeZone.Utc);

        Assert.Equal(new DateOnly(2026, 11, 9), window.CostStart);
        Assert.Equal(new DateOnly(2026, 11, 23), window.CostEnd);
        Assert.Equal(14, window.AllDays.Count);
        Assert.Equal(new DateOnly(2026, 11, 22), window.AllDays[^1]);
    }

    [Fact]
    public void Instants_BerlinWinter_StartAndEndAtLocalMidnight()
    {
        var window = new ReportWindow(IsoWeek.Parse("2026-W47"), DateTimeZoneProviders.Tzdb["Europe/Berlin"]);

        Assert.Equal(new DateTimeOffset(2026, 11, 15, 23, 0, 0, TimeSpan.Zero), window.StartsAt.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 23, 0, 0, TimeSpan.Zero), window.EndsAt.ToUniversalTime());
    }

    [Fact]
    public void Instants_WeekWithAutumnDstChange_Is169Hours()
    {
        // Berlin leaves summer time on Sunday 25 October 2026: that week is one hour longer.
        var window = new ReportWindow(IsoWeek.Parse("2026-W43"), DateTimeZoneProviders.Tzdb["Europe/Berlin"]);

        Assert.Equal(TimeSpan.FromHours(169), window.EndsAt - window.StartsAt);
    }

    [Fact]
    public void IsInWeek_BoundaryDays_SplitBetweenWeeks()
    {
        var window = new ReportWindow(IsoWeek.Parse("2026-W47"), DateTimeZone.Utc);

        Assert.True(window.IsInPreviousWeek(new DateOnly(2026, 11, 15)));
        Assert.False(window.IsInWeek(new DateOnly(2026, 11, 15)));
        Assert.True(window.IsInWeek(new DateOnly(2026, 11, 16)));
        Assert.True(window.IsInWeek(new DateOnly(2026, 11, 22)));
        Assert.False(window.IsInWeek(new DateOnly(2026, 11, 23)));
    }
}
