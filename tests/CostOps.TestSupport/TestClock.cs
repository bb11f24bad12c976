using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.TestSupport;

/// <summary>Clocks for tests: a <see cref="FakeTimeProvider"/> that moves only when the test moves it (timers fire on Advance).</summary>
public static class TestClock
{
    public static FakeTimeProvider At(string iso8601) => new(DateTimeOffset.Parse(iso8601, CultureInfo.InvariantCulture));
}
