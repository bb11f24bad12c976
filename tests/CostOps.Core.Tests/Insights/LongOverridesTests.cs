using CostOps.Core.Insights;

namespace CostOps.Core.Tests.Insights;

public sealed class LongOverridesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Seen = new(2026, 11, 2, 9, 15, 0, TimeSpan.Zero);

    [Fact]
    public void Find_NoEndFarEndAndNearEnd_ReportsOnlyNoEndAndBeyondAWeek()
    {
        var lines = LongOverrides.Find(
            [
                new("prod/api", "true", null, Seen),
                new("prod/batch", "2027-01-15T18:00+01:00", new DateTimeOffset(2027, 1, 15, 18, 0, 0, TimeSpan.FromHours(1)), Seen),
                new("prod/web", "2026-12-03T18:00Z", new DateTimeOffset(2026, 12, 3, 18, 0, 0, TimeSpan.Zero), Seen),
                new("prod/edge", "2026-12-07T08:00Z", Now.AddDays(7), null),
            ],
            Now);

        Assert.Equal(
            [
                "prod/batch: kept running until 2027-01-15 17:00 UTC (46 days away); tag value '2027-01-15T18:00+01:00', first seen 2026-11-02 09:15 UTC",
                "prod/api: kept running with no end; tag value 'true', first seen 2026-11-02 09:15 UTC",
            ],
            lines);
    }

    [Fact]
    public void Find_NothingRecorded_SaysSo()
    {
        var line = Assert.Single(LongOverrides.Find([new("dev/api", null, null, null)], Now));

        Assert.Equal("dev/api: kept running with no end; tag value not recorded, first sighting not recorded", line);
    }
}
