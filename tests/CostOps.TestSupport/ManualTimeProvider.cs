namespace CostOps.TestSupport;

/// <summary>A clock that moves only when a test moves it. Timers are not supported.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now;

    public ManualTimeProvider(DateTimeOffset start) => _now = start;

    public static ManualTimeProvider At(string iso8601) => new(DateTimeOffset.Parse(iso8601, global::System.Globalization.CultureInfo.InvariantCulture));

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now = _now.Add(by);

    public void Set(DateTimeOffset to) => _now = to;
}
