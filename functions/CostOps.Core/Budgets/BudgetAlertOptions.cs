using System.Globalization;

namespace CostOps.Core.Budgets;

/// <summary>Settings of the budget alerts function. Build with <see cref="FromSettings"/>; <see cref="Validate"/> checks ranges.</summary>
public sealed record BudgetAlertOptions
{
    public const string BudgetNamesSetting = "COSTOPS_BUDGET_NAMES";
    public const string TopServicesSetting = "COSTOPS_BUDGET_TOP_SERVICES";

    /// <summary>Default thresholds: $25, $40 and $60 on actual spend, plus 100% of the limit on forecasted spend.</summary>
    public const string DefaultThresholds = "25,40,60,100%:forecast";

    /// <summary>Alert levels. Default: <see cref="DefaultThresholds"/>. At least one.</summary>
    public IReadOnlyList<BudgetThreshold> Thresholds { get; init; } = BudgetThresholdParser.Parse(DefaultThresholds);

    /// <summary>Budgets to watch, by exact (case-sensitive, as in AWS) name. Default: empty, meaning every budget in the account.</summary>
    public IReadOnlySet<string> BudgetNames { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>How many services the alert lists as the month's top spenders. Default 5; 1 to 20.</summary>
    public int TopServiceCount { get; init; } = 5;

    /// <summary>How many off-schedule services the alert lists before "and N more". Default 25; 1 to 200.</summary>
    public int MaxOffScheduleListed { get; init; } = 25;

    /// <summary>The function's own account (COSTOPS_ACCOUNT_ID): an alert in an organisation's management account names it as the consolidated account.</summary>
    public string? AccountId { get; init; }

    /// <summary>How long after a budget period ends its alert records are kept. Default 7 days; 1 to 90 days.
    /// Records must outlive the period, or a late run in the same period would alert again.</summary>
    public TimeSpan LedgerRetentionAfterPeriod { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Reads COSTOPS_BUDGET_THRESHOLDS, COSTOPS_BUDGET_NAMES (comma-separated) and COSTOPS_BUDGET_TOP_SERVICES; unset means default.</summary>
    public static BudgetAlertOptions FromSettings(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var options = new BudgetAlertOptions();

        var thresholds = read(BudgetThresholdParser.Setting);
        if (!string.IsNullOrWhiteSpace(thresholds))
        {
            options = options with { Thresholds = BudgetThresholdParser.Parse(thresholds) };
        }

        var names = read(BudgetNamesSetting);
        if (!string.IsNullOrWhiteSpace(names))
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                set.Add(name);
            }

            options = options with { BudgetNames = set };
        }

        var top = read(TopServicesSetting);
        if (!string.IsNullOrWhiteSpace(top))
        {
            if (!int.TryParse(top.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new BudgetConfigurationException(TopServicesSetting, $"{TopServicesSetting} \"{top}\" is not a whole number; use 1 to 20, e.g. \"5\".");
            }

            options = options with { TopServiceCount = count };
        }

        options.Validate();
        return options;
    }

    public void Validate()
    {
        if (Thresholds is null || Thresholds.Count == 0)
        {
            throw new BudgetConfigurationException(BudgetThresholdParser.Setting, $"{BudgetThresholdParser.Setting} needs at least one threshold, e.g. {BudgetThresholdParser.Example}.");
        }

        if (TopServiceCount is < 1 or > 20)
        {
            throw new BudgetConfigurationException(TopServicesSetting, $"{TopServicesSetting} is {TopServiceCount}; use 1 to 20.");
        }

        if (MaxOffScheduleListed is < 1 or > 200)
        {
            throw new BudgetConfigurationException(nameof(MaxOffScheduleListed), $"{nameof(MaxOffScheduleListed)} is {MaxOffScheduleListed}; use 1 to 200.");
        }

        if (LedgerRetentionAfterPeriod < TimeSpan.FromDays(1) || LedgerRetentionAfterPeriod > TimeSpan.FromDays(90))
        {
            throw new BudgetConfigurationException(nameof(LedgerRetentionAfterPeriod), $"{nameof(LedgerRetentionAfterPeriod)} is {LedgerRetentionAfterPeriod}; use 1 to 90 days.");
        }
    }
}
