using System.Text;
using System.Xml.Linq;
using CostOps.Core.Costs;
using CostOps.Core.Notifications;
using CostOps.Reports.Samples;
using NodaTime;

namespace CostOps.Reports.Tests;

public class WeeklyReportRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly WeeklyReportRenderer _renderer = new();

    private static WeeklyReport Empty(Func<WeeklyReport, WeeklyReport>? change = null)
    {
        var window = new ReportWindow(IsoWeek.Parse("2026-W47"), DateTimeZone.Utc);
        var report = new WeeklyReportBuilder(new WeeklyReportOptions(), FargatePriceTable.Default).Build(new WeeklyReportInputs
        {
            Window = window, Metric = "UnblendedCost", TagKey = "Environment", GeneratedAt = window.EndsAt, ByService = [], ByTag = [],
        });
        return change is null ? report : change(report);
    }

    [Fact]
    public void Render_SpotSavingsFromTheBill_OneSectionWithTheMethodInBothFormats()
    {
        var report = Empty(r => r with { SpotFromBill = new SpotBillSavings(3.46m, 100m, 200m, 1.48m, SpotBillSavings.MethodLine, []) });

        var text = _renderer.RenderText(report, null);
        var html = _renderer.RenderHtml(report);

        Assert.Contains("Fargate Spot savings (from the bill)", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("$3.46", text, StringComparison.Ordinal);
        Assert.Contains("grouped by SERVICE and USAGE_TYPE", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains("Fargate Spot savings (from the bill)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("from the bill", _renderer.RenderText(Empty(), null), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_SampleReport_MatchesSnapshot()
    {
        var report = SampleReport.Build();

        Snapshot.Match("report.txt", $"Subject: {_renderer.RenderSubject(report)}\n\n{_renderer.RenderText(report, SampleReport.Link)}");
    }

    [Fact]
    public void RenderHtml_SampleReport_MatchesSnapshot()
    {
        Snapshot.Match("report.html", _renderer.RenderHtml(SampleReport.Build()));
    }

    [Fact]
    public void RenderHtml_SampleReport_ParsesAndHasOneBarPerDay()
    {
        var doc = XDocument.Parse(_renderer.RenderHtml(SampleReport.Build()));

        var daily = doc.Descendants(Svg + "svg").Single(e => (string?)e.Attribute("id") == "daily-spend");
        var bars = daily.Descendants(Svg + "rect").ToList();
        Assert.Equal(14, bars.Count);
        Assert.Equal(14, bars.Select(b => (string?)b.Attribute("data-day")).Distinct().Count());
        Assert.Equal("2026-11-09", (string?)bars[0].Attribute("data-day"));
        Assert.Equal("2026-11-22", (string?)bars[^1].Attribute("data-day"));
    }

    [Fact]
    public void RenderHtml_SampleReport_NoExternalAssets()
    {
        var doc = XDocument.Parse(_renderer.RenderHtml(SampleReport.Build()));

        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe");
        Assert.DoesNotContain(doc.Descendants().Attributes(), a => a.Name.LocalName is "src" or "href");
        Assert.Contains(doc.Descendants(Svg + "svg"), e => (string?)e.Attribute("id") == "savings");
        Assert.Contains(doc.Descendants(Svg + "svg"), e => (string?)e.Attribute("id") == "top-services");
    }

    [Fact]
    public void RenderText_SampleReport_LinesAtMost72ExceptLinkAndWellUnderSnsLimit()
    {
        var text = _renderer.RenderText(SampleReport.Build(), SampleReport.Link);

        Assert.All(text.Split('\n').Where(l => !l.StartsWith("https://", StringComparison.Ordinal)), l => Assert.True(l.Length <= 72, $"{l.Length} chars: {l}"));
        Assert.InRange(Encoding.UTF8.GetByteCount(text), 1, Notification.MaxMessageBytes / 10);
        Assert.Contains(SampleReport.Link.AbsoluteUri, text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderSubject_SampleReport_AmountChangeAndWeek()
    {
        Assert.Equal("CostOps weekly: $10.38 (-18.5%) for 2026-W47", _renderer.RenderSubject(SampleReport.Build()));
    }

    [Fact]
    public void RenderSubject_PreviousWeekZero_SaysNewSpendAndFitsSns()
    {
        var report = Empty(r => r with { Totals = new SpendTotals(123_456_789.5m, 0m) });

        var subject = _renderer.RenderSubject(report);

        Assert.Equal("CostOps weekly: $123,456,789.50 (new spend) for 2026-W47", subject);
        _ = new Notification(subject, "body");
    }

    [Fact]
    public void RenderPreviewText_SaysAPreviewStoresNoHtmlInsteadOfAFailureAndKeepsTheBody()
    {
        var report = SampleReport.Build();

        var preview = _renderer.RenderPreviewText(report);

        Assert.Contains("Preview: nothing is sent or stored", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be stored", preview, StringComparison.Ordinal);
        var mailWithoutLink = _renderer.RenderText(report, null);
        Assert.EndsWith(mailWithoutLink[mailWithoutLink.IndexOf("SPEND (USD)", StringComparison.Ordinal)..], preview, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CostExplorerUnavailable_SaysSoAndHowToFix()
    {
        var report = Empty(r => r with { Totals = null, Daily = [], CostExplorerProblem = "Cost Explorer is not available to CostOps: AccessDeniedException" });

        var text = _renderer.RenderText(report, null);
        var html = _renderer.RenderHtml(report);

        Assert.Equal("CostOps weekly: cost data unavailable for 2026-W47", _renderer.RenderSubject(report));
        Assert.Contains("AccessDeniedException", text, StringComparison.Ordinal);
        Assert.Contains("ce:GetCostAndUsage", text, StringComparison.Ordinal);
        Assert.Contains("could not be stored", text, StringComparison.Ordinal);
        Assert.Contains("Enable Cost Explorer", XDocument.Parse(html).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyData_PlainMessagesAndValidHtml()
    {
        var report = Empty();

        var text = _renderer.RenderText(report, null);
        var doc = XDocument.Parse(_renderer.RenderHtml(report));

        Assert.Contains("No service had spend", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Spot", text, StringComparison.Ordinal);
        Assert.Contains("no data", text, StringComparison.Ordinal);
        Assert.Equal(14, doc.Descendants(Svg + "rect").Count(r => (string?)r.Attribute("class") == "day-bar"));
    }

    [Fact]
    public void RenderHtml_MarkupInNames_Escaped()
    {
        var report = Empty(r => r with { TopServices = [new GroupSpend("<script>&\"x'", 1m, 0m)] });

        var doc = XDocument.Parse(_renderer.RenderHtml(report));

        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "script");
        Assert.Contains(doc.Descendants().Select(e => e.Value), v => v.Contains("<script>&\"x'", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderText_NonUsdBudget_ShownWithCurrencyCode()
    {
        var report = Empty(r => r with { Budgets = [new BudgetStatus("EU budget", "MONTHLY", 12m, 20m, "EUR", 60m, null, null)] });

        Assert.Contains("12.00 EUR", _renderer.RenderText(report, null), StringComparison.Ordinal);
    }
}
