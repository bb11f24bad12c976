using System.Text;
using CostOps.Core.Costs;
using CostOps.Core.Notifications;

namespace CostOps.Reports;

/// <summary>The email subject: printable ASCII, at most 100 characters.</summary>
internal static class SubjectLine
{
    public static string For(WeeklyReport report)
    {
        var week = report.Window.Week.ToString();
        var subject = report.Totals is { } totals
            ? $"CostOps weekly: {ReportFormat.Usd(totals.ThisWeek)} ({ReportFormat.ChangePercent(totals)}) for {week}"
            : $"CostOps weekly: cost data unavailable for {week}";
        var ascii = new StringBuilder(subject.Length);
        foreach (var c in subject)
        {
            ascii.Append(c is >= ' ' and <= '~' ? c : '?');
        }

        return ascii.Length <= Notification.MaxSubjectLength ? ascii.ToString() : ascii.ToString(0, Notification.MaxSubjectLength);
    }
}
