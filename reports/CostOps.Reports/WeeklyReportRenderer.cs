using CostOps.Core.Costs;
using CostOps.Core.Costs.Ports;
using CostOps.Reports.Html;
using CostOps.Reports.Text;

namespace CostOps.Reports;

/// <summary>Renders the weekly report as an email subject, plain text and self-contained XHTML.</summary>
public sealed class WeeklyReportRenderer : IReportRenderer
{
    public string RenderSubject(WeeklyReport report) => SubjectLine.For(report);

    public string RenderText(WeeklyReport report, Uri? htmlLink) => TextReportRenderer.Render(report, htmlLink);

    public string RenderPreviewText(WeeklyReport report) => TextReportRenderer.Render(report, null, preview: true);

    public string RenderHtml(WeeklyReport report) => HtmlReportRenderer.Render(report);
}
