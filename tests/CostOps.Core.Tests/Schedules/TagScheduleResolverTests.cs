using CostOps.Core.Schedules;

namespace CostOps.Core.Tests.Schedules;

public class TagScheduleResolverTests
{
    private static readonly ScheduleConfiguration Configuration = ScheduleConfiguration.FromJson(
        """{"timezone":"Europe/Berlin","schedules":{"Office-Hours":{"timezone":"Europe/Berlin","periods":["mon-fri 08:00-20:00"]}}}""");

    [Fact]
    public void Resolve_ManyConcurrentCallsSharingTexts_CachesOneResultPerText()
    {
        var resolver = new TagScheduleResolver(ScheduleConfiguration.Empty);
        var texts = new[] { "mon-fri 08:00-20:00 UTC", "daily 00:00-24:00 Europe/Berlin", "bad,text" };

        Parallel.For(0, 3000, i => Assert.NotNull(resolver.Resolve(texts[i % texts.Length])));

        Assert.Equal(3, resolver.CachedCount);
        Assert.Same(resolver.Resolve(texts[0]), resolver.Resolve(texts[0]));
    }

    [Fact]
    public void Resolve_ScheduleNameInAnyCase_ReturnsTheConfiguredSchedule()
    {
        var resolver = new TagScheduleResolver(Configuration);

        Assert.Same(Configuration.Schedules["Office-Hours"], resolver.Resolve(" office-hours ").Schedule);
    }

    [Fact]
    public void Resolve_InlineWithoutZone_UsesConfiguredZoneAndOptions()
    {
        var schedule = new TagScheduleResolver(Configuration).Resolve("weekends 10:00-12:00 lead=5 skip=2026-12-26").Schedule!;

        Assert.Equal(("Europe/Berlin", 5, 1), (schedule.Zone.Id, schedule.LeadMinutes, schedule.SkipDates.Count));
    }

    [Fact]
    public void Resolve_BeyondTheCacheLimit_StillResolvesWithoutCaching()
    {
        var resolver = new TagScheduleResolver(Configuration);
        for (var i = 0; i < TagScheduleResolver.MaxCachedValues + 10; i++)
        {
            Assert.NotNull(resolver.Resolve($"daily 08:00-20:00 skip=2026-01-01 lead={i % 700}" + new string(' ', i / 700)).Schedule);
        }

        Assert.Equal(TagScheduleResolver.MaxCachedValues, resolver.CachedCount);
    }
}
