using CostOps.Core.Schedules;
using NodaTime;

namespace CostOps.Core.Tests.Schedules;

public class ScheduleConfigurationTests
{
    private const string Valid = """
        {"default":"office-hours","schedules":{"office-hours":{"timezone":"Europe/Berlin","periods":["mon-fri 08:00-20:00"],"skipDates":["2026-12-25","2026-12-26"],"startLeadMinutes":10}}}
        """;

    [Fact]
    public void FromJson_ExampleConfiguration_BuildsTheSchedule()
    {
        var configuration = ScheduleConfiguration.FromJson(Valid);

        var schedule = configuration.Schedules["Office-Hours"];
        Assert.Equal("office-hours", configuration.DefaultScheduleName);
        Assert.Equal("Europe/Berlin", schedule.Zone.Id);
        Assert.Equal("mon-fri 08:00-20:00", Assert.Single(schedule.Periods).Text);
        Assert.Equal([new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 26)], schedule.SkipDates.Order());
        Assert.Equal(10, schedule.LeadMinutes);
        Assert.Equal("Europe/Berlin", configuration.DefaultZone!.Id);
    }

    [Fact]
    public void FromJson_TopLevelTimezone_IsTheInlineDefaultZone()
    {
        var configuration = ScheduleConfiguration.FromJson("""
            {"timezone":"America/New_York","schedules":{"batch":{"timezone":"UTC","periods":["daily 03:00-05:00","sat+sun 22:00-02:00"]}}}
            """);

        Assert.Null(configuration.DefaultScheduleName);
        Assert.Equal("America/New_York", configuration.DefaultZone!.Id);
        Assert.Equal(2, configuration.Schedules["batch"].Periods.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void FromJson_Blank_IsEmpty(string? json)
    {
        var configuration = ScheduleConfiguration.FromJson(json);

        Assert.Empty(configuration.ScheduleNames);
        Assert.Null(configuration.DefaultScheduleName);
        Assert.Null(configuration.DefaultZone);
    }

    [Theory]
    [InlineData("""{"schedules":{"s":{"timezone":"Europe/Berln","periods":["daily 08:00-20:00"]}}}""", "schedules.s.timezone: 'Europe/Berln' is not an IANA time zone name")]
    [InlineData("""{"schedules":{"s":{"periods":["daily 08:00-20:00"]}}}""", "schedules.s.timezone: missing")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":[]}}}""", "schedules.s.periods: the schedule has no periods")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC"}}}""", "schedules.s.periods: the schedule has no periods")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":["mon-fri 08:00-20:00","fri 19:00-23:00"]}}}""", "schedules.s.periods: periods[0] and periods[1] overlap: 'mon-fri 08:00-20:00' and 'fri 19:00-23:00' overlap at fri 19:00")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":["fri 22:00-06:00","sat 05:00-09:00"]}}}""", "periods[0] and periods[1] overlap: 'fri 22:00-06:00' and 'sat 05:00-09:00' overlap at sat 05:00")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":["mon 08:00-25:00"]}}}""", "schedules.s.periods[0]: '25:00' in '08:00-25:00' at position 5 is out of range")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":["mon 08:00-20:00 UTC"]}}}""", "schedules.s.periods[0]: 'UTC' at position 17 is not allowed here")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":[null]}}}""", "schedules.s.periods[0]: '' has no running period")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":["daily 08:00-20:00"],"skipDates":["2026-02-30"]}}}""", "schedules.s.skipDates[0]: '2026-02-30' is not a date: expected YYYY-MM-DD")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":["daily 08:00-20:00"],"skipDates":["12/25/2026"]}}}""", "schedules.s.skipDates[0]: '12/25/2026' is not a date")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":["daily 08:00-20:00"],"startLeadMinutes":721}}}""", "schedules.s.startLeadMinutes: 721 is out of range: use 0 to 720 minutes")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":["daily 08:00-20:00"],"startLeadMinutes":-1}}}""", "schedules.s.startLeadMinutes: -1 is out of range")]
    [InlineData("""{"default":"office","schedules":{"s":{"timezone":"UTC","periods":["daily 08:00-20:00"]}}}""", "default: 'office' is not a schedule in schedules (defined: s)")]
    [InlineData("""{"default":"office"}""", "default: 'office' is not a schedule in schedules (none are defined)")]
    [InlineData("""{"schedules":{"office,hours":{"timezone":"UTC","periods":["daily 08:00-20:00"]}}}""", "schedules.office,hours: the name 'office,hours' is not a valid tag value: character ',' at position 7")]
    [InlineData("""{"schedules":{" office":{"timezone":"UTC","periods":["daily 08:00-20:00"]}}}""", "schedules. office: the name ' office' is empty or starts or ends with a space")]
    [InlineData("""{"schedules":{"None":{"timezone":"UTC","periods":["daily 08:00-20:00"]}}}""", "schedules.None: 'None' is reserved")]
    [InlineData("""{"schedules":{"a":{"timezone":"UTC","periods":["daily 08:00-20:00"]},"A":{"timezone":"UTC","periods":["daily 08:00-20:00"]}}}""", "schedules.A: differs only by case from another schedule name")]
    [InlineData("""{"timezone":"Mars/Olympus","schedules":{}}""", "timezone: 'Mars/Olympus' is not an IANA time zone name")]
    [InlineData("""{"schedules":{"s":null}}""", "schedules.s: is null")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":["daily 08:00-20:00"],"skipdates":[]}}}""", "$.schedules.s.skipdates: unknown field 'skipdates'")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":"daily 08:00-20:00"}}}""", "$.schedules.s.periods: a value of the wrong type")]
    [InlineData("""{"schedules":""", "not valid JSON")]
    [InlineData("null", "$: is null")]
    public void FromJson_Invalid_NamesTheField(string json, string expected)
    {
        var error = Assert.Throws<ScheduleConfigurationException>(() => ScheduleConfiguration.FromJson(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(ScheduleConfiguration.EnvironmentVariable, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":["daily 08:00-20:00"],"startLeadMinutes":"10"}}}""",
        "$.schedules.s.startLeadMinutes: a value of the wrong type, or a number out of range (line 1, character", "a whole number of minutes from 0 to 720")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":["daily 08:00-20:00"],"startLeadMinutes":99999999999}}}""",
        "$.schedules.s.startLeadMinutes: a value of the wrong type, or a number out of range", "a whole number of minutes")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":["daily 08:00-20:00"],"skipdates":[]}}}""",
        "$.schedules.s.skipdates: unknown field 'skipdates'", "an object with \"timezone\", \"periods\"")]
    [InlineData("""{"schedules":{"s":{"timezone":"UTC","periods":[7]}}}""", "$.schedules.s.periods[0]: a value of the wrong type", "a period in quotes")]
    [InlineData("""{"schedules":{"s":{"timezone":["UTC"],"periods":["daily 08:00-20:00"]}}}""", "$.schedules.s.timezone: a value of the wrong type", "an IANA time zone name")]
    [InlineData("""{"schedules": {"x": """, "$.schedules.x: not valid JSON", "line 1, character")]
    [InlineData("""{"schedules":[]}""", "$.schedules: a value of the wrong type", "an object of named schedules")]
    public void FromJson_JsonOfTheWrongShape_SaysWhereAndWhatIsExpectedWithoutDotNetNames(string json, string problem, string expected)
    {
        var error = Assert.Throws<ScheduleConfigurationException>(() => ScheduleConfiguration.FromJson(json));

        var text = Assert.Single(error.Problems);
        Assert.StartsWith(problem, text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CostOps.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".NET", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_SeveralProblems_ReportsEachOnce()
    {
        const string json = """
            {"default":"missing","schedules":{
              "a":{"timezone":"Europe/Berln","periods":["mon-fri 08:00-20:00","fri 10:00-11:00"],"startLeadMinutes":900},
              "b":{"timezone":"UTC","periods":[],"skipDates":["2026-1-1"]}}}
            """;

        var error = Assert.Throws<ScheduleConfigurationException>(() => ScheduleConfiguration.FromJson(json));

        Assert.Collection(
            error.Problems,
            p => Assert.StartsWith("schedules.a.timezone: 'Europe/Berln'", p, StringComparison.Ordinal),
            p => Assert.StartsWith("schedules.a.periods: periods[0] and periods[1] overlap", p, StringComparison.Ordinal),
            p => Assert.StartsWith("schedules.a.startLeadMinutes: 900", p, StringComparison.Ordinal),
            p => Assert.StartsWith("schedules.b.periods: the schedule has no periods", p, StringComparison.Ordinal),
            p => Assert.StartsWith("schedules.b.skipDates[0]: '2026-1-1'", p, StringComparison.Ordinal),
            p => Assert.StartsWith("default: 'missing'", p, StringComparison.Ordinal));
        Assert.Equal(6, error.Message.Split("\n- ").Length - 1);
    }
}
