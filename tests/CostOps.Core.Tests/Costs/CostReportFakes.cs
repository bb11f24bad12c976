using System.Runtime.CompilerServices;
using CostOps.Core.Activity;
using CostOps.Core.Budgets;
using CostOps.Core.Costs;
using CostOps.Core.Costs.Ports;
using Moq;
using NodaTime;

namespace CostOps.Core.Tests.Costs;

/// <summary>Port-level fakes shared by the report tests; every instance is fresh (no shared state).</summary>
internal static class CostReportFakes
{
    public static readonly ReportWindow Week47 = new(IsoWeek.Parse("2026-W47"), DateTimeZone.Utc);

    public static Mock<ICostDataReader> CostReader(IReadOnlyList<DailyCost> byService, IReadOnlyList<DailyCost> byTag, int servicePages = 1, int tagPages = 1, int forecastPages = 1)
    {
        var mock = new Mock<ICostDataReader>(MockBehavior.Strict);
        mock.Setup(c => c.DailyByServiceAsync(It.IsAny<CostQuery>(), It.IsAny<CancellationToken>())).ReturnsAsync(new CostAnswer<IReadOnlyList<DailyCost>>(byService, servicePages));
        mock.Setup(c => c.DailyByTagAsync(It.IsAny<CostQuery>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(new CostAnswer<IReadOnlyList<DailyCost>>(byTag, tagPages));
        mock.Setup(c => c.ForecastAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((DateOnly from, DateOnly to, string _, CancellationToken _) => new CostAnswer<CostForecast>(new CostForecast(from, to, 12.5m, "USD"), forecastPages));
        return mock;
    }

    public static Mock<IBudgetSource> BudgetSource(params BudgetSnapshot[] budgets)
    {
        var mock = new Mock<IBudgetSource>();
        mock.Setup(b => b.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync(budgets);
        return mock;
    }

    public static Mock<IActivityLog> ActivityLog(params ServiceActivity[] records)
    {
        var mock = new Mock<IActivityLog>();
        mock.Setup(a => a.ReadAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Returns((DateTimeOffset from, DateTimeOffset to, CancellationToken ct) => Read(records.Where(r => r.At >= from && r.At < to), ct));
        return mock;
    }

    public static Mock<IFleetStatus> Fleet()
    {
        var mock = new Mock<IFleetStatus>();
        mock.Setup(f => f.RunningOutsideScheduleAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        return mock;
    }

    /// <summary>The same amount for every service on every one of the 14 days.</summary>
    public static List<DailyCost> Daily(ReportWindow window, string group, decimal thisWeek, decimal previousWeek, string currency = "USD") =>
        window.AllDays.Select(d => new DailyCost(d, group, window.IsInWeek(d) ? thisWeek : previousWeek, currency, false)).ToList();

    private static async IAsyncEnumerable<ServiceActivity> Read(IEnumerable<ServiceActivity> records, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var r in records)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return r;
        }
    }
}
