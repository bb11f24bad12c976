using Microsoft.Extensions.Time.Testing;

namespace CostOps.Benchmarks;

/// <summary>
/// The simulated account's clock as a function's <see cref="TimeProvider"/>, with timers that run on virtual time:
/// a wait (a timer of up to <see cref="WaitLimit"/>: rate-limit waits, backoffs) makes the clock jump to the earliest
/// pending wait and fires it, so waiting costs no real time and concurrent waits overlap instead of adding up; longer
/// timers (an invocation's deadline) fire only when the clock passes them. Nothing here reads the real clock.
/// </summary>
internal sealed class VirtualTimeline(FakeTimeProvider clock) : TimeProvider
{
    public static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(2);

    private readonly Lock _gate = new();
    private readonly List<VirtualTimer> _timers = [];

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="by"/> (between invocations) and fires what fell due.</summary>
    public void Advance(TimeSpan by)
    {
        List<VirtualTimer> due;
        lock (_gate)
        {
            clock.Advance(by);
            due = TakeDue();
        }

        Fire(due);
    }

    private void Schedule(VirtualTimer timer, DateTimeOffset? at, bool isWait)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
            timer.At = at;
            if (at is not null)
            {
                _timers.Add(timer);
            }
        }

        if (isWait)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => Step(), null);
        }
    }

    /// <summary>Jumps to the earliest pending wait (never backwards) and fires every timer due by then.</summary>
    private void Step()
    {
        List<VirtualTimer> due;
        lock (_gate)
        {
            var next = _timers.Where(t => t.IsWait).MinBy(t => t.At);
            if (next is null)
            {
                return;
            }

            if (next.At > clock.GetUtcNow())
            {
                clock.Advance(next.At!.Value - clock.GetUtcNow());
            }

            due = TakeDue();
        }

        Fire(due);
    }

    private List<VirtualTimer> TakeDue()
    {
        var now = clock.GetUtcNow();
        var due = _timers.Where(t => t.At <= now).ToList();
        foreach (var timer in due)
        {
            _timers.Remove(timer);
            timer.At = null;
        }

        return due;
    }

    private static void Fire(List<VirtualTimer> due)
    {
        foreach (var timer in due)
        {
            timer.Invoke();
        }
    }

    private sealed class VirtualTimer(VirtualTimeline timeline, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? At { get; set; }

        public bool IsWait { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                timeline.Schedule(this, null, isWait: false);
                return true;
            }

            // Periodic timers are not used by the functions; a period is treated as a single firing.
            IsWait = dueTime <= WaitLimit;
            timeline.Schedule(this, timeline.GetUtcNow() + dueTime, IsWait);
            return true;
        }

        public void Invoke() => callback(state);

        public void Dispose() => timeline.Schedule(this, null, isWait: false);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
