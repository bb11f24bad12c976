namespace CostOps.Core.Schedules;

/// <summary>What a costops:schedule tag value resolves to: a schedule, unmanaged (both null), or an error.</summary>
internal sealed record TagSchedule(Schedule? Schedule, string? Error)
{
    public static TagSchedule Unmanaged { get; } = new(null, null);
}
