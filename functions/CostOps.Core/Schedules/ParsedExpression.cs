using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>A parsed expression before a zone is chosen: <see cref="Zone"/> is null when the text names none.</summary>
internal sealed record ParsedExpression(
    IReadOnlyList<RunningPeriod> Periods,
    DateTimeZone? Zone,
    IReadOnlySet<LocalDate> SkipDates,
    int LeadMinutes);
