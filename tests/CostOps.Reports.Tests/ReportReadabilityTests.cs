using System.Xml.Linq;
using CostOps.Core.Costs;
using CostOps.Reports.Samples;
using NodaTime;

namespace CostOps.Reports.Tests;

/// <summary>What a recipient needs to read at a glance: over-budget, month-end, sums that add up, real movers, failure reasons.</summary>
public class ReportReadabilityTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private readonly WeeklyReportRenderer _renderer = new();

    private static WeeklyReport Empty(Func<WeeklyReport, WeeklyReport> change)
    {
        var window = new ReportWindow(IsoWeek.Parse("2026-W47"), DateTimeZone.Utc);
        return change(new WeeklyReportBuilder(new WeeklyReportOptions(), FargatePriceTable.Default).Build(new WeeklyReportInputs
        {
            Window = window, Metric = "UnblendedCost", TagKey = "Environment", GeneratedAt = window.EndsAt, ByService = [], ByTag = [],
        }));
    }

    private static WeeklyReport WithBudget(decimal forecast) => Empty(r => r with
    {
        Budgets = [new BudgetStatus("Team budget", "MONTHLY", 30m, 40m, "USD", 75m, forecast, forecast / 40m * 100m)],
    });

    private static IEnumerable<XElement> WithClass(XDocument doc, string css) =>
        doc.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(css) == true);

    [Fact]
    public void RenderText_ForecastOverBudget_SaysOverBudgetInWords()
    {
        var text = _renderer.RenderText(WithBudget(52m), null);

        Assert.Contains("OVER BUDGET: Team budget is forecast at $52.00, 130% of its $40.00 limit.", text.Replace("\n    ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_ForecastUnderBudget_NoOverBudgetLine()
    {
        Assert.DoesNotContain("OVER BUDGET", _renderer.RenderText(WithBudget(39m), null), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderHtml_ForecastOverBudget_HighlightedCellAndBadge()
    {
        var doc = XDocument.Parse(_renderer.RenderHtml(WithBudget(52m)));

        Assert.Contains(WithClass(doc, "badge"), e => e.Value == "OVER BUDGET");
        Assert.Contains(WithClass(doc, "over"), e => e.Value.Contains("$52.00", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SampleReport_ShowsTheMonthEndForecastNotOnlyTheRestOfTheMonth()
    {
        var report = SampleReport.Build();

        var text = _renderer.RenderText(report, null);
        var doc = XDocument.Parse(_renderer.RenderHtml(report));

        Assert.NotNull(report.MonthEnd);
        Assert.Contains("Month-end forecast, November 2026", text, StringComparison.Ordinal);
        Assert.Contains("+ forecast $9.84 (23-30 Nov)", text, StringComparison.Ordinal);
        var kpi = Assert.Single(WithClass(doc, "kpi"), e => e.Value.StartsWith("Month-end forecast", StringComparison.Ordinal));
        Assert.Contains(report.MonthEnd!.Amount.ToString("N2", System.Globalization.CultureInfo.InvariantCulture), kpi.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoMonthToDate_LabelsTheForecastAsTheRestOfTheMonth()
    {
        var report = Empty(r => r with { Forecast = new CostForecast(new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 1), 9.84m, "USD") });

        Assert.Contains("Forecast for the rest of the month, 23 Nov to 30 Nov", _renderer.RenderText(report, null), StringComparison.Ordinal);
        Assert.Contains("Rest of month (forecast)", _renderer.RenderHtml(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SampleReport_TagSplitAddsUpToTheTotal()
    {
        var report = SampleReport.Build();

        Assert.Equal(report.Totals!.ThisWeek, report.TagSplit.Sum(g => g.ThisWeek));
        Assert.Contains("(other): spend Cost Explorer did not attribute", _renderer.RenderText(report, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SampleReport_MoversAreOnlyRealChanges()
    {
        var report = SampleReport.Build();
        var text = _renderer.RenderText(report, null);
        var movers = text[text.IndexOf("BIGGEST MOVERS", StringComparison.Ordinal)..text.IndexOf("SPEND BY TAG", StringComparison.Ordinal)];

        Assert.All(report.Movers, m => Assert.True(Math.Abs(m.Change) >= 1m));
        Assert.DoesNotContain("+$0.01", movers, StringComparison.Ordinal);
        Assert.Contains("Changes of at least $1.00 and 5% of the previous week.", movers, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SampleReport_FailureLineGivesTheError()
    {
        var report = SampleReport.Build();

        var text = _renderer.RenderText(report, null).Replace("\n      ", " ", StringComparison.Ordinal);

        Assert.Contains("dev/batch: AwsServiceException: ECS UpdateService failed: AccessDeniedException (HTTP 400): User is not authorized", text, StringComparison.Ordinal);
        Assert.Contains("dev/batch: AwsServiceException: ECS UpdateService failed: AccessDeniedException", _renderer.RenderHtml(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WakesInTheWeek_CountedPerServiceInTextAndHtml()
    {
        var sample = SampleReport.Build();
        var report = sample with { Activity = sample.Activity with { Wakes = 4, WokenServices = ["dev/web (4)"] } };

        var text = _renderer.RenderText(report, null);

        Assert.Matches(@"Woken on request \(wake page or URL\) +4\n +dev/web \(4\)", text);
        Assert.Contains("dev/web (4)", _renderer.RenderHtml(report), StringComparison.Ordinal);
        Assert.DoesNotContain("Woken on request", _renderer.RenderText(sample, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoSpotSavings_SaysSchedulerOnlyAndNeverMentionsSpot()
    {
        var report = SampleReport.Build();

        var text = _renderer.RenderText(report, null);
        var doc = XDocument.Parse(_renderer.RenderHtml(report));

        Assert.Null(report.Savings.SpotAmount);
        Assert.DoesNotContain("Spot", text, StringComparison.Ordinal);
        var saved = Assert.Single(WithClass(doc, "kpi"), e => e.Value.StartsWith("Saved", StringComparison.Ordinal));
        Assert.EndsWith("scheduler", saved.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Spot", doc.Root!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderHtml_SpotSavingsRecorded_SaysSchedulerAndSpot()
    {
        var report = Empty(r => r with { Savings = r.Savings with { SpotAmount = 2m, SpotTaskHours = 10m } });

        var saved = Assert.Single(WithClass(XDocument.Parse(_renderer.RenderHtml(report)), "kpi"), e => e.Value.StartsWith("Saved", StringComparison.Ordinal));

        Assert.EndsWith("scheduler + Spot", saved.Value, StringComparison.Ordinal);
    }
}
