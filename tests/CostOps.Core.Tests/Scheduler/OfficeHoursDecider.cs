using System.Globalization;
using CostOps.Core.Schedules;
using Moq;

namespace CostOps.Core.Tests.Scheduler;

/// <summary>
/// A stand-in for the real decider with the same contract: <c>costops:schedule = office</c> runs 08:00-20:00 UTC;
/// <c>keep-running</c> (any key case) with an expiry in the future keeps it running, a past one expires,
/// anything else is a malformed override that keeps it running; any other schedule value is invalid.
/// </summary>
internal static class OfficeHoursDecider
{
    public static Mock<IScheduleDecider> Create()
    {
        var mock = new Mock<IScheduleDecider>(MockBehavior.Strict);
        mock.Setup(d => d.Decide(It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<DateTimeOffset>()))
            .Returns((IReadOnlyDictionary<string, string> tags, DateTimeOffset now) => Decide(tags, now));
        return mock;
    }

    private static ScheduleVerdict Decide(IReadOnlyDictionary<string, string> tags, DateTimeOffset now)
    {
        var schedule = Find(tags, "costops:schedule");
        if (schedule is null)
        {
            return new(DesiredRunState.Unmanaged, "none", "no schedule tag", OverrideState.None, null, null);
        }

        if (schedule != "office")
        {
            return new(DesiredRunState.Invalid, schedule, "invalid", OverrideState.None, null, $"unknown schedule \"{schedule}\"");
        }

        var open = now.UtcDateTime.Hour is >= 8 and < 20;
        var byClock = open ? DesiredRunState.Running : DesiredRunState.Stopped;
        var keep = Find(tags, "keep-running");
        if (keep is null)
        {
            return new(byClock, "office", open ? "inside office hours" : "outside office hours", OverrideState.None, null, null);
        }

        if (keep.EndsWith('Z') && DateTimeOffset.TryParse(keep, CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
        {
            return until > now
                ? new(DesiredRunState.Running, "office", "keep-running override", OverrideState.InForce, until, null)
                : new(byClock, "office", "override expired", OverrideState.Expired, until, null);
        }

        return new(DesiredRunState.Running, "office", "keep-running override", OverrideState.InForceMalformed, null,
            $"keep-running value \"{keep}\" is not an end time like 2026-03-03T18:00:00Z");
    }

    private static string? Find(IReadOnlyDictionary<string, string> tags, string key) =>
        tags.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
}
