using System.Xml.Linq;
using CostOps.Core.Costs;
using CostOps.Reports.Samples;
using CsCheck;

namespace CostOps.Reports.Tests;

public class AccountsHtmlTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private readonly WeeklyReportRenderer _renderer = new();

    private static XElement? AccountsSection(XDocument doc) =>
        doc.Descendants(Xhtml + "section").SingleOrDefault(s => (string?)s.Attribute("id") == "accounts");

    [Fact]
    public void RenderHtml_OrganisationSample_MatchesSnapshot() =>
        Snapshot.Match("report-accounts.html", _renderer.RenderHtml(SampleOrganisationReport.Build()));

    [Fact]
    public void RenderHtml_OrganisationSample_OneBarAndRowPerAccountAndTheConsolidatedTotal()
    {
        var section = AccountsSection(XDocument.Parse(_renderer.RenderHtml(SampleOrganisationReport.Build())))!;

        var spendRows = section.Elements(Xhtml + "table").First().Elements(Xhtml + "tr").Skip(1).Select(r => r.Elements(Xhtml + "td").Select(d => d.Value).ToList()).ToList();
        Assert.Equal(["dev (111111111111)", "prod (222222222222)", "management (123456789012)", "Consolidated total"], spendRows.Select(r => r[0]));
        Assert.Equal("$10.38", spendRows[^1][1]);
        Assert.Equal(3, section.Descendants().Count(e => e.Name.LocalName == "rect" && (string?)e.Attribute("class") == "hbar"));
        var activityRows = section.Elements(Xhtml + "table").Last().Elements(Xhtml + "tr").Skip(1).ToList();
        Assert.Equal(3, activityRows.Count);
    }

    [Fact]
    public void RenderHtml_SingleAccountSample_NoAccountsSection() =>
        Assert.Null(AccountsSection(XDocument.Parse(_renderer.RenderHtml(SampleReport.Build()))));

    [Theory]
    [InlineData("\uD800lone", "end\uDC00")]
    [InlineData("\uFFFF\uFFFE", "<b>&amp;\"'")]
    [InlineData("\u0001\u001F", "")]
    public void RenderHtml_AccountNamesWithCharactersXmlForbids_StillWellFormed(string dev, string prod)
    {
        var sample = SampleOrganisationReport.Build();

        var html = _renderer.RenderHtml(sample with { Accounts = Rename(sample.Accounts!, dev, prod) });

        Assert.NotNull(AccountsSection(XDocument.Parse(html)));
    }

    [Fact]
    public void Render_AnyAccountNames_WellFormedHtmlAndTextWithinWidth()
    {
        Gen.Select(Gen.String, Gen.String).Sample((dev, prod) =>
        {
            var sample = SampleOrganisationReport.Build();
            var report = sample with { Accounts = Rename(sample.Accounts!, dev, prod) };

            var html = _renderer.RenderHtml(report);
            var text = _renderer.RenderText(report, SampleReport.Link);

            Assert.NotNull(AccountsSection(XDocument.Parse(html)));
            Assert.All(text.Split('\n').Where(l => !l.StartsWith("https://", StringComparison.Ordinal)), l => Assert.True(l.Length <= 72, $"{l.Length} chars: {l}"));
        }, iter: 200);
    }

    private static AccountBreakdown Rename(AccountBreakdown accounts, string dev, string prod) => accounts with
    {
        Accounts = [.. accounts.Accounts.Select(a => a.AccountId switch
        {
            SampleOrganisationReport.Dev => a with { Name = dev },
            SampleOrganisationReport.Prod => a with { Name = prod },
            _ => a,
        })],
    };
}
