using CostOps.Core.Activity;

namespace CostOps.Core.Costs;

/// <summary>
/// Pure: splits a report by account when it covers more than one. The accounts are those Cost Explorer shows spend for
/// (LINKED_ACCOUNT, in an organisation's management or payer account) and those named by the service ARNs of the
/// scheduler's activity records. One account (or none) means a single-account report: no breakdown at all.
/// </summary>
public static class AccountBreakdownBuilder
{
    /// <param name="totals">The report's total spend (from the spend by service); null when Cost Explorer could not be used.</param>
    public static AccountBreakdown? Build(WeeklyReportInputs inputs, SpendTotals? totals, SavingsCalculator savings)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(savings);
        var window = inputs.Window;
        var bill = inputs.ByAccount is { } rows ? SpendAnalysis.From(rows, window) : null;
        var billAccounts = bill?.Groups.Select(g => g.Name).ToList() ?? [];
        var activity = inputs.Activity.Where(a => a is not null).GroupBy(a => AccountOf(a.ServiceArn), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var accounts = billAccounts.Concat(activity.Keys).Distinct(StringComparer.Ordinal).ToList();
        // Records whose ARN names no account never make a report multi-account on their own.
        if (accounts.Count(a => a.Length > 0) <= 1)
        {
            return null;
        }

        var spendShown = bill is not null && billAccounts.Count > 1 && totals is not null;
        var spend = spendShown ? bill!.Groups.ToDictionary(g => g.Name, StringComparer.Ordinal) : [];
        var sections = accounts.Select(id =>
            {
                var records = activity.GetValueOrDefault(id) ?? [];
                var name = id.Length > 0 && inputs.AccountNames.TryGetValue(id, out var n) && !string.IsNullOrWhiteSpace(n) ? n.Trim() : null;
                GroupSpend? accountSpend = spendShown ? spend.GetValueOrDefault(id) ?? new GroupSpend(id, 0m, 0m) : null;
                return new AccountSection(
                    id,
                    name,
                    accountSpend,
                    savings.Calculate(records, window.StartsAt, window.EndsAt),
                    SchedulerActivitySummary.From(records, window.StartsAt, window.EndsAt, []));
            })
            .OrderByDescending(s => s.Spend?.ThisWeek ?? 0m)
            .ThenByDescending(s => s.Savings.Total)
            .ThenBy(s => s.AccountId.Length == 0 ? 1 : 0)
            .ThenBy(s => s.AccountId, StringComparer.Ordinal)
            .ToList();

        if (!spendShown)
        {
            return new AccountBreakdown(sections, null, null, SpendProblem(inputs, billAccounts));
        }

        var listedThisWeek = sections.Sum(s => s.Spend!.ThisWeek);
        var listedPrevious = sections.Sum(s => s.Spend!.PreviousWeek);
        var rest = new GroupSpend(AccountBreakdown.UnattributedName, totals!.ThisWeek - listedThisWeek, totals.PreviousWeek - listedPrevious);
        var unattributed = Math.Abs(rest.ThisWeek) >= 0.005m || Math.Abs(rest.PreviousWeek) >= 0.005m ? rest : null;
        var consolidated = new SpendTotals(listedThisWeek + (unattributed?.ThisWeek ?? 0m), listedPrevious + (unattributed?.PreviousWeek ?? 0m));
        return new AccountBreakdown(sections, unattributed, consolidated, null);
    }

    /// <summary>The account id of an ARN (<c>arn:aws:ecs:eu-west-1:111111111111:service/app/web</c>); "" when it names none.</summary>
    public static string AccountOf(string? arn)
    {
        var parts = (arn ?? string.Empty).Split(':');
        return parts.Length >= 6 && parts[0] == "arn" && parts[4].Length == 12 && parts[4].All(char.IsAsciiDigit) ? parts[4] : string.Empty;
    }

    private static string SpendProblem(WeeklyReportInputs inputs, List<string> billAccounts)
    {
        if (inputs.ByService is null)
        {
            return "Spend per account is not shown: Cost Explorer is not available to CostOps.";
        }

        if (inputs.ByAccount is null)
        {
            return $"Spend per account is not shown: {inputs.TagProblem ?? "Cost Explorer's spend by account was not read."}";
        }

        var seen = billAccounts.Count == 0 ? "no account's spend" : $"only the spend of {billAccounts[0]}";
        return $"Spend per account is not shown: Cost Explorer here sees {seen}. Run the report in the organisation's management (payer) account to see the spend of every account.";
    }
}
