using System.Text;
using CostOps.Core.Costs;
using static CostOps.Reports.Html.Markup;

namespace CostOps.Reports.Html;

/// <summary>Inline SVG charts. Geometry uses double; the figures printed come from decimals via <see cref="ReportFormat"/>.</summary>
internal static class SvgCharts
{
    public const string PreviousColor = "#cbd5e1";
    public const string CurrentColor = "#2563eb";
    private const string Svg = "http://www.w3.org/2000/svg";

    /// <summary>One &lt;rect class="day-bar"&gt; per day; estimated days are lighter.</summary>
    public static string DailySpend(IReadOnlyList<DaySpend> days)
    {
        const double width = 860, height = 230, left = 56, right = 8, top = 14, bottom = 40;
        var peak = days.Count == 0 ? 0 : (double)days.Max(d => d.Amount);
        var step = NiceCeiling(peak / 4);
        var ticks = Math.Max(1, (int)Math.Ceiling(peak / step));
        var max = step * ticks;
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var slot = plotW / Math.Max(1, days.Count);
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"{Svg}\" id=\"daily-spend\" role=\"img\" aria-label=\"Daily spend, 14 days\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"100%\">");
        for (var i = 0; i <= ticks; i++)
        {
            var value = step * i;
            var y = top + plotH - (plotH * i / ticks);
            sb.Append($"<line x1=\"{N(left)}\" y1=\"{N(y)}\" x2=\"{N(width - right)}\" y2=\"{N(y)}\" stroke=\"{(i == 0 ? "#94a3b8" : "#e2e8f0")}\" stroke-width=\"1\"/>");
            sb.Append($"<text x=\"{N(left - 6)}\" y=\"{N(y + 4)}\" text-anchor=\"end\" class=\"axis\">{Escape(ReportFormat.Usd((decimal)value).Replace(".00", string.Empty, StringComparison.Ordinal))}</text>");
        }

        for (var i = 0; i < days.Count; i++)
        {
            var d = days[i];
            var h = max <= 0 ? 0 : plotH * (double)d.Amount / max;
            var x = left + (i * slot) + (slot * 0.18);
            var y = top + plotH - h;
            var fill = d.InReportWeek ? CurrentColor : PreviousColor;
            var label = $"{ReportFormat.Day(d.Day)}: {(d.HasData ? ReportFormat.Usd(d.Amount) : "no data")}{(d.Estimated ? " (estimated)" : string.Empty)}";
            sb.Append($"<rect class=\"day-bar\" data-day=\"{d.Day:yyyy-MM-dd}\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(slot * 0.64)}\" height=\"{N(h)}\" rx=\"2\" fill=\"{fill}\" fill-opacity=\"{(d.Estimated ? "0.5" : "1")}\"><title>{Escape(label)}</title></rect>");
            var cx = left + (i * slot) + (slot / 2);
            sb.Append($"<text x=\"{N(cx)}\" y=\"{N(height - 24)}\" text-anchor=\"middle\" class=\"axis\">{d.Day:ddd}</text>");
            sb.Append($"<text x=\"{N(cx)}\" y=\"{N(height - 10)}\" text-anchor=\"middle\" class=\"axis muted\">{d.Day:d MMM}{(d.Estimated ? "*" : string.Empty)}</text>");
        }

        return sb.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars, one per row: label left, bar, amount right.</summary>
    public static string HorizontalBars(string id, string label, IReadOnlyList<(string Name, decimal Amount, string Color)> rows)
    {
        const double width = 860, labelW = 300, valueW = 110, rowH = 30;
        var height = Math.Max(1, rows.Count) * rowH;
        var max = rows.Count == 0 ? 0 : (double)rows.Max(r => Math.Max(0m, r.Amount));
        var barMax = width - labelW - valueW;
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"{Svg}\" id=\"{Escape(id)}\" role=\"img\" aria-label=\"{Escape(label)}\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"100%\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (name, amount, color) = rows[i];
            var y = i * rowH;
            var w = max <= 0 ? 0 : Math.Max(2, barMax * (double)Math.Max(0m, amount) / max);
            var shown = name.Length > 44 ? string.Concat(name.AsSpan(0, 41), "...") : name;
            sb.Append($"<text x=\"0\" y=\"{N(y + 19)}\" class=\"label\">{Escape(shown)}<title>{Escape(name)}</title></text>");
            sb.Append($"<rect class=\"hbar\" x=\"{N(labelW)}\" y=\"{N(y + 6)}\" width=\"{N(w)}\" height=\"{N(rowH - 12)}\" rx=\"3\" fill=\"{color}\"/>");
            sb.Append($"<text x=\"{N(labelW + w + 8)}\" y=\"{N(y + 19)}\" class=\"value\">{Escape(ReportFormat.Usd(amount))}</text>");
        }

        return sb.Append("</svg>").ToString();
    }

    /// <summary>The smallest 1, 2, 2.5 or 5 × 10^n at or above <paramref name="value"/> (1 for 0).</summary>
    internal static double NiceCeiling(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
