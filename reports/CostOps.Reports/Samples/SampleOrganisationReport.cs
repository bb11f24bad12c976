using CostOps.Core.Costs;

namespace CostOps.Reports.Samples;

/// <summary>
/// The sample report as an organisation's management account sees it: the same week split across three accounts
/// (management, dev, prod) by Cost Explorer's LINKED_ACCOUNT, with the scheduler's services in dev and prod. Deterministic.
/// </summary>
internal static class SampleOrganisationReport
{
    public const string Management = "123456789012";
    public const string Dev = "111111111111";
    public const string Prod = "222222222222";

    private static readonly Dictionary<string, string> ServiceAccounts = new(StringComparer.Ordinal)
    {
        ["web"] = Dev,
        ["admin"] = Dev,
        ["batch"] = Dev,
        ["api"] = Prod,
        ["reports"] = Prod,
        ["worker"] = Prod,
    };

    public static WeeklyReport Build() => SampleReport.Build(ToOrganisation);

    private static WeeklyReportInputs ToOrganisation(WeeklyReportInputs inputs)
    {
        var window = inputs.Window;
        var byAccount = new List<DailyCost>();
        foreach (var day in window.AllDays)
        {
            var total = (inputs.ByService ?? []).Where(r => r.Day == day && SpendAnalysis.IsUsd(r.Currency)).Sum(r => r.Amount ?? 0m);
            var dev = decimal.Round(total * 0.55m, 2);
            var prod = decimal.Round(total * 0.35m, 2);
            byAccount.Add(new DailyCost(day, Dev, dev, "USD", false));
            byAccount.Add(new DailyCost(day, Prod, prod, "USD", false));
            byAccount.Add(new DailyCost(day, Management, total - dev - prod, "USD", false));
        }

        return inputs with
        {
            ByAccount = byAccount,
            AccountNames = new Dictionary<string, string>(StringComparer.Ordinal) { [Management] = "management", [Dev] = "dev", [Prod] = "prod" },
            Activity = [.. inputs.Activity.Select(a => a with { ServiceArn = a.ServiceArn.Replace(":123456789012:", $":{ServiceAccounts.GetValueOrDefault(a.ServiceName, Dev)}:", StringComparison.Ordinal) })],
        };
    }
}
