using System.Text;
using CostOps.Aws.CostExplorer;

namespace CostOps.Simulator.Tests;

public sealed class S3AndSchedulesTests
{
    [Fact]
    public void Unchunk_AwsChunkedBodyWithSignaturesAndTrailer_ReturnsThePayload()
    {
        var body = Encoding.ASCII.GetBytes("5;chunk-signature=abc\r\nhello\r\n6;chunk-signature=def\r\n world\r\n0;chunk-signature=000\r\nx-amz-checksum-crc32:AAAA\r\n\r\n");

        Assert.Equal("hello world", Encoding.ASCII.GetString(S3Api.Unchunk(body)));
    }

    [Theory]
    [InlineData("at(2026-11-03T06:00:00)", null, "2026-11-03T06:00:00Z")]
    [InlineData("at(2026-11-02T22:00:00)", "America/Los_Angeles", "2026-11-03T06:00:00Z")]
    [InlineData("at(2026-10-30T20:00:00)", "America/Los_Angeles", "2026-10-31T03:00:00Z")]
    public void FiresAt_OneTimeExpression_IsTheInstantInItsZone(string expression, string? zone, string expected)
    {
        var schedule = new SimSchedule("g", "n", expression, zone, "arn", null, "ENABLED");

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), schedule.FiresAt());
    }

    [Theory]
    [InlineData("rate(15 minutes)")]
    [InlineData("at(2026-13-01T00:00:00)")]
    public void FiresAt_RecurringOrUnreadable_IsNull(string expression) =>
        Assert.Null(new SimSchedule("g", "n", expression, null, "arn", null, "ENABLED").FiresAt());

    [Fact]
    public void TakeDueSchedules_FiredOnce_NotAgainUntilMovedToANewTime()
    {
        var bed = new Testbed();
        bed.Account.Schedules["g/n"] = new SimSchedule("g", "n", "at(2026-03-02T01:00:00)", null, "arn", "{}", "ENABLED");

        Assert.Empty(bed.Account.TakeDueSchedules());
        bed.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Single(bed.Account.TakeDueSchedules());
        Assert.Empty(bed.Account.TakeDueSchedules());
        bed.Account.Schedules["g/n"] = new SimSchedule("g", "n", "at(2026-03-02T01:00:00)", null, "arn", "{}", "ENABLED");
        Assert.Single(bed.Account.TakeDueSchedules());
    }

    [Fact]
    public async Task GetCostForecast_SevenSteadyDays_ProjectsTheirDailyAverage()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("prod").AddService("prod", "api", 1);
        bed.Account.Advance(TimeSpan.FromDays(7));

        var forecast = await bed.CostExplorer.GetCostForecastAsync(new GetCostForecastRequest
        {
            TimePeriod = new DateInterval { Start = "2026-03-09", End = "2026-03-19" },
            Metric = "UNBLENDED_COST",
            Granularity = "MONTHLY",
        }, CancellationToken.None);

        // One 0.5 vCPU / 1 GB task: $0.024685 an hour, $0.59244 a day, ten days.
        Assert.Equal("5.9244", forecast.Total!.Amount);
    }
}
