using CostOps.Reports;
using CostOps.Reports.Samples;

// Renders the fixed sample report, so the email and the HTML page can be looked at without AWS.
var outDir = args.Length > 0 ? args[0] : Path.Combine("reports", "out");
Directory.CreateDirectory(outDir);
var report = SampleReport.Build();
var renderer = new WeeklyReportRenderer();
var text = $"Subject: {renderer.RenderSubject(report)}\n\n{renderer.RenderText(report, SampleReport.Link)}";
await File.WriteAllTextAsync(Path.Combine(outDir, "report.txt"), text);
await File.WriteAllTextAsync(Path.Combine(outDir, "report.html"), renderer.RenderHtml(report));
Console.WriteLine($"Wrote {Path.Combine(outDir, "report.txt")} and {Path.Combine(outDir, "report.html")}");

// The same week as an organisation's management account reports it: per-account sections and a consolidated total.
var organisation = SampleOrganisationReport.Build();
var organisationText = $"Subject: {renderer.RenderSubject(organisation)}\n\n{renderer.RenderText(organisation, SampleReport.Link)}";
await File.WriteAllTextAsync(Path.Combine(outDir, "report-accounts.txt"), organisationText);
await File.WriteAllTextAsync(Path.Combine(outDir, "report-accounts.html"), renderer.RenderHtml(organisation));
Console.WriteLine($"Wrote {Path.Combine(outDir, "report-accounts.txt")} and {Path.Combine(outDir, "report-accounts.html")}");
