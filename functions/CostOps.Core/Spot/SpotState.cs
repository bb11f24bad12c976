using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Spot;

/// <summary>
/// The Spot history of one service, kept in the same state item as the scheduler's (one story, one version per service).
/// </summary>
/// <param name="Wanted">The strategy CostOps wants the service on now; the scheduler starts a stopped service on it.</param>
/// <param name="Cooldown">The cool-down of the current (or last) fallback; doubles while Spot keeps failing.</param>
/// <param name="FallbackAt">When the current (or last) fallback began.</param>
/// <param name="ReturnedAt">When the service last returned to Spot after a fallback.</param>
/// <param name="Interruptions">Interruptions inside the sliding window (cleared by a fallback).</param>
/// <param name="Seen">Events already acted on, for a day.</param>
/// <param name="LastError">The last strategy change that failed; retried on the next tick.</param>
public sealed record SpotState(
    SpotMode Mode,
    IReadOnlyList<CapacityProviderItem> Wanted,
    TimeSpan Cooldown,
    DateTimeOffset? FallbackAt,
    string? FallbackReason,
    DateTimeOffset? ReturnedAt,
    IReadOnlyList<SpotInterruption> Interruptions,
    IReadOnlyList<SeenEvent> Seen,
    string? LastError)
{
    /// <summary>At most this many event ids are kept.</summary>
    public const int MaxSeen = 50;

    public static SpotState New(SpotOptions options) =>
        new(SpotMode.Spot, SpotStrategy.Spot(options), options.Cooldown, null, null, null, [], [], null);

    public bool HasSeen(string eventId) => Seen.Any(e => string.Equals(e.Id, eventId, StringComparison.Ordinal));

    /// <summary>This state with <paramref name="eventId"/> remembered; ids older than a day, and the oldest beyond <see cref="MaxSeen"/>, are dropped.</summary>
    public SpotState Remember(string eventId, DateTimeOffset now) => this with
    {
        Seen = [.. Seen.Where(e => e.At > now - TimeSpan.FromDays(1)).Append(new SeenEvent(eventId, now)).TakeLast(MaxSeen)],
    };

    public DateTimeOffset? ReturnDue => FallbackAt is { } at ? at + Cooldown : null;
}
