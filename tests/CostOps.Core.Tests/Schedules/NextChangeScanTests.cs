using CostOps.Core.Schedules;
using CsCheck;

namespace CostOps.Core.Tests.Schedules;

public sealed class NextChangeScanTests
{
    private const string Json = """
        {"default":"office-hours","schedules":{
          "office-hours":{"timezone":"Europe/Berlin","periods":["mon-fri 08:00-20:00"],"skipDates":["2026-12-25"],"startLeadMinutes":10},
          "batch":{"timezone":"UTC","periods":["daily 01:00-03:00"]}}}
        """;

    // Monday 2026-11-23 22:00 in Berlin, 16:00 in New York.
    private static readonly DateTimeOffset Evening = At("2026-11-23T21:00:00Z");

    private readonly ScheduleDecider _decider = new(ScheduleConfiguration.FromJson(Json));

    [Fact]
    public void Earliest_NamedScheduleWithLead_IsTheNextOpeningMinusTheLead()
    {
        Assert.Equal(At("2026-11-24T06:50:00Z"), Scan(Evening, Tags("costops:schedule=office-hours")));
    }

    [Fact]
    public void Earliest_NoTagWithDefault_IsTheDefaultSchedulesNextChange()
    {
        Assert.Equal(At("2026-11-24T06:50:00Z"), Scan(Evening, Tags()));
    }

    [Fact]
    public void Earliest_SeveralSchedules_IsTheEarliestOfAll()
    {
        var earliest = Scan(Evening, Tags("costops:schedule=office-hours"), Tags("costops:schedule=batch"), Tags("costops:schedule=mon-fri 18:00-23:00 America/New_York"));

        Assert.Equal(At("2026-11-23T23:00:00Z"), earliest);
    }

    [Fact]
    public void Earliest_InlineScheduleWithLead_CountsTheLead()
    {
        Assert.Equal(At("2026-11-23T21:30:00Z"), Scan(Evening, Tags("costops:schedule=daily 22:00-23:00 UTC lead=30"), Tags("costops:schedule=batch")));
    }

    [Fact]
    public void Earliest_NextWorkdayIsASkipDate_IsTheWorkdayAfter()
    {
        // Thursday 2026-12-24 22:00 Berlin: Friday the 25th is skipped, so the next opening is Monday.
        Assert.Equal(At("2026-12-28T06:50:00Z"), Scan(At("2026-12-24T21:00:00Z"), Tags("costops:schedule=office-hours")));
    }

    [Fact]
    public void Earliest_ClocksGoBackOverTheWeekend_IsTheOpeningInWinterTime()
    {
        // Friday 2026-10-23 21:00 CEST; summer time ends on Sunday the 25th, so Monday 07:50 is 06:50Z, not 05:50Z.
        Assert.Equal(At("2026-10-26T06:50:00Z"), Scan(At("2026-10-23T19:00:00Z"), Tags("costops:schedule=office-hours")));
    }

    [Fact]
    public void Earliest_KeepRunningInForce_IsItsExpiryWhenThatComesFirst()
    {
        var earliest = Scan(Evening, Tags("costops:schedule=office-hours", "keep-running=2026-11-23T22:30:00Z"), Tags("costops:schedule=batch"));

        Assert.Equal(At("2026-11-23T22:30:00Z"), earliest);
    }

    [Fact]
    public void Earliest_KeepRunningInForceDuringOpeningHours_IsStillTheExpiry()
    {
        // The override hides the schedule's own changes until it ends; its end is the boundary.
        var earliest = Scan(At("2026-11-23T09:00:00Z"), Tags("costops:schedule=office-hours", "keep-running=2026-11-24T23:00:00+01:00"));

        Assert.Equal(At("2026-11-24T22:00:00Z"), earliest);
    }

    [Fact]
    public void Earliest_KeepRunningExpired_IsTheSchedulesNextChange()
    {
        Assert.Equal(At("2026-11-24T06:50:00Z"), Scan(Evening, Tags("costops:schedule=office-hours", "keep-running=2026-11-23T18:00:00Z")));
    }

    [Theory]
    [InlineData("costops:schedule=none")]
    [InlineData("costops:schedule=no-such-schedule")]
    [InlineData("costops:schedule=mon-fri 08:00-20:00 Mars/Olympus")]
    [InlineData("costops:schedule=daily 00:00-24:00 UTC")]
    public void Earliest_NothingToSchedule_IsNull(string tag)
    {
        Assert.Null(Scan(Evening, Tags(tag)));
    }

    [Fact]
    public void Earliest_MalformedKeepRunning_AddsNothingBecauseTheServiceRunsWithNoEnd()
    {
        Assert.Null(Scan(Evening, Tags("costops:schedule=office-hours", "keep-running=until friday")));
    }

    [Fact]
    public void Earliest_NoServices_IsNull()
    {
        Assert.Null(Scan(Evening));
    }

    [Fact]
    public void Add_ThousandsOfServicesOnFewSchedules_ComputesEachSchedulesNextChangeOnce()
    {
        var scan = (NextChangeScan)_decider.StartNextChangeScan(Evening);
        for (var i = 0; i < 1000; i++)
        {
            scan.Add(Tags());
            scan.Add(Tags("costops:schedule=OFFICE-HOURS"));
            scan.Add(Tags("costops:schedule=mon-fri 18:00-23:00 America/New_York"));
        }

        Assert.Equal(2, scan.SchedulesEvaluated);
        Assert.Equal(At("2026-11-23T23:00:00Z"), scan.Earliest);
    }

    [Fact]
    public void Add_EveryRandomTagValue_NeverThrows()
    {
        Gen.Select(Gen.String, Gen.String).Sample((key, value) =>
        {
            var scan = _decider.StartNextChangeScan(Evening);
            scan.Add(new Dictionary<string, string> { [key] = value, ["keep-running"] = value, ["costops:schedule"] = value });
            return scan.Earliest is null || scan.Earliest > Evening;
        });
    }

    private DateTimeOffset? Scan(DateTimeOffset from, params Dictionary<string, string>[] services)
    {
        var scan = _decider.StartNextChangeScan(from);
        foreach (var tags in services)
        {
            scan.Add(tags);
        }

        return scan.Earliest;
    }

    private static Dictionary<string, string> Tags(params string[] pairs) =>
        pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
