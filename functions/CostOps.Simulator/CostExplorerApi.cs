using System.Globalization;
using CostOps.Aws.CostExplorer;
using CostOps.Aws.Json;

namespace CostOps.Simulator;

/// <summary>
/// Cost Explorer over the account's bill and those of its linked accounts (<see cref="SimulatedAccount.LinkAccounts"/>): GetAnomalies (the account's
/// configured anomalies; none by default), GetCostAndUsage (DAILY or MONTHLY, grouped by up to two of SERVICE, USAGE_TYPE, LINKED_ACCOUNT and a tag,
/// filtered by dimension or tag; account names in DimensionValueAttributes) and GetCostForecast (the last seven days' average per day).
/// Days are UTC and <c>End</c> is exclusive; the last two days are marked estimated. Called under the account's gate.
/// </summary>
internal sealed class CostExplorerApi(SimulatedAccount account)
{
    private const string Invalid = "ValidationException";
    private static readonly AwsJsonContext Wire = AwsJsonContext.Default;

    /// <summary>Paid requests so far ($0.01 each).</summary>
    public int Requests { get; private set; }

    public byte[] Handle(string operation, byte[] body, DateTimeOffset now)
    {
        Requests++;
        return operation switch
        {
            "GetCostAndUsage" => CostAndUsage(SimJson.Read(body, Wire.GetCostAndUsageRequest, Invalid), Today(now)),
            "GetCostForecast" => Forecast(SimJson.Read(body, Wire.GetCostForecastRequest, Invalid), Today(now)),
            "GetAnomalies" => Anomalies(SimJson.Read(body, Wire.GetAnomaliesRequest, Invalid)),
            _ => throw new SimulatorError("UnknownOperationException", $"The simulated Cost Explorer does not implement {operation}."),
        };
    }

    public static string Amount(decimal amount) => decimal.Round(amount, 10).ToString("0.##########", CultureInfo.InvariantCulture);

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);

    private byte[] CostAndUsage(GetCostAndUsageRequest request, DateOnly today)
    {
        var (start, end) = Period(request.TimePeriod);
        var groupBy = request.GroupBy ?? [];
        if (groupBy.Count > 2 || groupBy.Any(g => g.Type is not ("DIMENSION" or "TAG") || (g.Type == "DIMENSION" && g.Key is not ("SERVICE" or "USAGE_TYPE" or "LINKED_ACCOUNT"))))
        {
            throw new SimulatorError(Invalid, "GroupBy takes up to two of DIMENSION SERVICE, DIMENSION USAGE_TYPE, DIMENSION LINKED_ACCOUNT and TAG <key>.");
        }

        var family = BillLine.Family(account);
        var results = new List<ResultByTime>();
        foreach (var (from, to) in Periods(start, end, request.Granularity))
        {
            var lines = new List<BillLine>();
            for (var day = from; day < to && day <= today; day = day.AddDays(1))
            {
                lines.AddRange(BillLine.Of(family, day).Where(l => Matches(request.Filter, l)));
            }

            results.Add(new ResultByTime
            {
                TimePeriod = new DateInterval { Start = Iso(from), End = Iso(to) },
                Total = groupBy.Count == 0 ? Metrics(request.Metrics, lines) : new Dictionary<string, MetricValue>(),
                Groups = groupBy.Count == 0 ? [] : [.. lines.GroupBy(l => string.Join("\n", groupBy.Select(g => Key(g, l))), StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new Group { Keys = g.Key.Split('\n'), Metrics = Metrics(request.Metrics, [.. g]) })],
                Estimated = to > today.AddDays(-1),
            });
        }

        var names = groupBy.Any(g => g.Key == "LINKED_ACCOUNT")
            ? family.Where(a => a.Options.AccountName is not null)
                .DistinctBy(a => a.Options.AccountId, StringComparer.Ordinal)
                .Select(a => new DimensionValuesWithAttributes { Value = a.Options.AccountId, Attributes = new Dictionary<string, string> { ["description"] = a.Options.AccountName! } })
                .ToList()
            : null;
        return SimJson.Write(new GetCostAndUsageResponse { ResultsByTime = results, GroupDefinitions = groupBy, DimensionValueAttributes = names }, Wire.GetCostAndUsageResponse);
    }

    /// <summary>The account's configured anomalies that started in the interval (dates inclusive), of the monitor and within the impact filter when given.</summary>
    private byte[] Anomalies(GetAnomaliesRequest request)
    {
        var start = AnomalyDate(request.DateInterval.StartDate, "DateInterval.StartDate");
        var end = request.DateInterval.EndDate is { } e ? AnomalyDate(e, "DateInterval.EndDate") : DateOnly.MaxValue;
        var found = account.Anomalies
            .Where(a => a.AnomalyStartDate is { Length: >= 10 } s && DateOnly.ParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) is var day && day >= start && day <= end)
            .Where(a => request.MonitorArn is null || a.MonitorArn == request.MonitorArn)
            .Where(a => request.TotalImpact is null || ImpactMatches(request.TotalImpact, a.Impact?.TotalImpact ?? 0))
            .ToList();
        return SimJson.Write(new GetAnomaliesResponse { Anomalies = found }, Wire.GetAnomaliesResponse);
    }

    private static bool ImpactMatches(TotalImpactFilter filter, double impact) => filter.NumericOperator switch
    {
        "EQUAL" => impact == filter.StartValue,
        "GREATER_THAN_OR_EQUAL" => impact >= filter.StartValue,
        "GREATER_THAN" => impact > filter.StartValue,
        "LESS_THAN_OR_EQUAL" => impact <= filter.StartValue,
        "LESS_THAN" => impact < filter.StartValue,
        "BETWEEN" => impact >= filter.StartValue && impact <= (filter.EndValue ?? throw new SimulatorError(Invalid, "TotalImpact BETWEEN needs an EndValue.")),
        _ => throw new SimulatorError(Invalid, $"TotalImpact.NumericOperator \"{filter.NumericOperator}\" is not one of EQUAL, GREATER_THAN_OR_EQUAL, LESS_THAN_OR_EQUAL, GREATER_THAN, LESS_THAN, BETWEEN."),
    };

    private static DateOnly AnomalyDate(string value, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new SimulatorError(Invalid, $"{field} \"{value}\" is not a yyyy-MM-dd date.");

    private byte[] Forecast(GetCostForecastRequest request, DateOnly today)
    {
        var (start, end) = Period(request.TimePeriod);
        if (start < today)
        {
            throw new SimulatorError(Invalid, $"Start date {Iso(start)} must be today ({Iso(today)}) or later for a forecast.");
        }

        var perDay = BillLine.Family(account).Sum(a => BillLine.Cost(a, today.AddDays(-7), today)) / 7m;
        var periods = Periods(start, end, request.Granularity).ToList();
        var results = periods.Select(p => new ForecastResult
        {
            TimePeriod = new DateInterval { Start = Iso(p.From), End = Iso(p.To) },
            MeanValue = Amount(perDay * (p.To.DayNumber - p.From.DayNumber)),
        }).ToList();
        return SimJson.Write(new GetCostForecastResponse
        {
            Total = new MetricValue { Amount = Amount(perDay * (end.DayNumber - start.DayNumber)), Unit = "USD" },
            ForecastResultsByTime = results,
        }, Wire.GetCostForecastResponse);
    }

    private static (DateOnly Start, DateOnly End) Period(DateInterval interval)
    {
        if (!DateOnly.TryParseExact(interval.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(interval.End, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || end <= start)
        {
            throw new SimulatorError(Invalid, $"TimePeriod must be two dates yyyy-MM-dd with Start before End, got {interval.Start} - {interval.End}.");
        }

        return (start, end);
    }

    private static IEnumerable<(DateOnly From, DateOnly To)> Periods(DateOnly start, DateOnly end, string granularity)
    {
        for (var from = start; from < end;)
        {
            var to = granularity switch
            {
                "DAILY" => from.AddDays(1),
                "MONTHLY" => new DateOnly(from.Year, from.Month, 1).AddMonths(1),
                _ => throw new SimulatorError(Invalid, $"Granularity must be DAILY or MONTHLY, got {granularity}."),
            };
            to = to < end ? to : end;
            yield return (from, to);
            from = to;
        }
    }

    private static string Key(GroupDefinition group, BillLine bill) => group switch
    {
        { Type: "TAG" } when group.Key == bill.Owner.Ledger.CostAllocationTag => $"{group.Key}${bill.Line.TagValue}",
        { Type: "TAG" } => $"{group.Key}$",
        { Key: "SERVICE" } => bill.Line.Service,
        { Key: "LINKED_ACCOUNT" } => bill.Owner.Options.AccountId,
        _ => bill.Line.UsageType,
    };

    private static bool Matches(Expression? filter, BillLine bill) => filter switch
    {
        null => true,
        { And: { } all } => all.All(e => Matches(e, bill)),
        { Or: { } any } => any.Any(e => Matches(e, bill)),
        { Not: { } not } => !Matches(not, bill),
        { Dimensions: { Key: "SERVICE" } d } => d.Values?.Contains(bill.Line.Service) == true,
        { Dimensions: { Key: "USAGE_TYPE" } d } => d.Values?.Contains(bill.Line.UsageType) == true,
        { Dimensions: { Key: "REGION" } d } => d.Values?.Contains(bill.Owner.Region) == true,
        { Dimensions: { Key: "RECORD_TYPE" } d } => d.Values?.Contains("Usage") == true,
        { Dimensions: { Key: "LINKED_ACCOUNT" } d } => d.Values?.Contains(bill.Owner.Options.AccountId) == true,
        { Tags: { } t } when t.Key == bill.Owner.Ledger.CostAllocationTag => t.Values?.Contains(bill.Line.TagValue) == true,
        { Tags: { } t } => t.Values?.Contains("") == true,
        _ => throw new SimulatorError(Invalid, "The simulated Cost Explorer filters by SERVICE, USAGE_TYPE, REGION, RECORD_TYPE, LINKED_ACCOUNT and tags only."),
    };

    private static Dictionary<string, MetricValue> Metrics(IReadOnlyList<string> metrics, IReadOnlyList<BillLine> bills) =>
        metrics.ToDictionary(m => m, m => m == "UsageQuantity"
            ? new MetricValue { Amount = Amount(bills.Sum(b => b.Line.Quantity)), Unit = "N/A" }
            : new MetricValue { Amount = Amount(bills.Sum(b => b.Line.Amount)), Unit = "USD" }, StringComparer.Ordinal);


    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
