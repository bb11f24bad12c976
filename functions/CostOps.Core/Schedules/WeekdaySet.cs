using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>A set of ISO weekdays; bit (day - 1) is set for each member (Monday = bit 0).</summary>
internal readonly record struct WeekdaySet(byte Mask)
{
    public static WeekdaySet Empty => new(0);

    public bool IsEmpty => Mask == 0;

    public bool Contains(IsoDayOfWeek day) => (Mask & Bit(day)) != 0;

    public WeekdaySet With(IsoDayOfWeek day) => new((byte)(Mask | Bit(day)));

    public WeekdaySet Union(WeekdaySet other) => new((byte)(Mask | other.Mask));

    private static int Bit(IsoDayOfWeek day) => 1 << ((int)day - 1);
}
