using System.Text;
using CostOps.Core.Notifications;
using CostOps.Reports.Samples;

namespace CostOps.Reports.Tests;

public class AccountsTextTests
{
    private readonly WeeklyReportRenderer _renderer = new();

    [Fact]
    public void RenderText_OrganisationSample_MatchesSnapshot() =>
        Snapshot.Match("report-accounts.txt", _renderer.RenderText(SampleOrganisationReport.Build(), SampleReport.Link));

    [Fact]
    public void RenderText_OrganisationSample_AccountRowsAndAConsolidatedTotalEqualToTheWeeksSpend()
    {
        var text = _renderer.RenderText(SampleOrganisationReport.Build(), SampleReport.Link);

        Assert.Contains("SPEND BY ACCOUNT", text, StringComparison.Ordinal);
        Assert.Matches(@"\n  dev \(111111111111\) +\$5\.72 +\$7\.00 +-\$1\.28\n", text);
        Assert.Matches(@"\n  Consolidated total +\$10\.38 +\$12\.73 +-\$2\.35\n", text);
        Assert.Matches(@"\n  This week +\$10\.38\n", text);
    }

    [Fact]
    public void RenderText_OrganisationSample_OneSectionPerAccountWithSpendSavingsAndActivity()
    {
        var text = _renderer.RenderText(SampleOrganisationReport.Build(), SampleReport.Link);

        Assert.Contains("Account prod (222222222222)\n---------------------------\n  Spend this week", text, StringComparison.Ordinal);
        Assert.Matches(@"Account dev \(111111111111\)\n-+\n.*\n  Scheduler: 216 task-hours avoided +\$2\.67\n  Stops 5, starts 5, failures 1", text);
        Assert.Contains("    failed: dev/batch: AwsServiceException", text, StringComparison.Ordinal);
        Assert.Contains("Account management (123456789012)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_OrganisationSample_LinesAtMost72ExceptLink()
    {
        var text = _renderer.RenderText(SampleOrganisationReport.Build(), SampleReport.Link);

        Assert.All(text.Split('\n').Where(l => !l.StartsWith("https://", StringComparison.Ordinal)), l => Assert.True(l.Length <= 72, $"{l.Length} chars: {l}"));
        Assert.InRange(Encoding.UTF8.GetByteCount(text), 1, Notification.MaxMessageBytes / 10);
    }

    [Fact]
    public void RenderText_SingleAccountSample_NoAccountPart()
    {
        var report = SampleReport.Build();

        var text = _renderer.RenderText(report, SampleReport.Link);

        Assert.Null(report.Accounts);
        Assert.DoesNotContain("SPEND BY ACCOUNT", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nAccount ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_ActivityInTwoAccountsWithoutSpendPerAccount_SaysWhyAndStillSplitsTheActivity()
    {
        var report = SampleReport.Build(i => i with
        {
            Activity = [.. i.Activity.Select(a => a.ServiceName == "api" ? a with { ServiceArn = a.ServiceArn.Replace("123456789012", "222222222222", StringComparison.Ordinal) } : a)],
        });

        var text = _renderer.RenderText(report, SampleReport.Link);

        Assert.Contains("SPEND BY ACCOUNT\n----------------\n  Spend per account is not shown:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Consolidated total", text, StringComparison.Ordinal);
        Assert.Contains("Account 222222222222\n--------------------\n  Scheduler: 108 task-hours avoided", text, StringComparison.Ordinal);
    }
}
