namespace CostOps.Core.Costs.Ports;

/// <summary>Turns a computed report into what people read. Pure: no I/O.</summary>
public interface IReportRenderer
{
    /// <summary>At most 100 printable ASCII characters, e.g. "CostOps weekly: $123.45 (+4.2%) for 2026-W47".</summary>
    string RenderSubject(WeeklyReport report);

    /// <summary>Plain text for email; <paramref name="htmlLink"/> is null when the HTML could not be stored.</summary>
    string RenderText(WeeklyReport report, Uri? htmlLink);

    /// <summary>The plain text of a preview: the mail as it would read, saying that a preview stores no HTML report and so has no link.</summary>
    string RenderPreviewText(WeeklyReport report);

    /// <summary>A self-contained XHTML document (inline CSS and SVG, no external assets).</summary>
    string RenderHtml(WeeklyReport report);
}
