using Microsoft.Extensions.Time.Testing;

namespace CostOps.Benchmarks;

/// <summary>
/// The simulated account's clock as a function's <see cref="TimeProvider"/>, with timers that run on virtual time:
/// a wait (a timer of up to <see cref="WaitLimit"/>: rate-limit waits, backoffs) makes the clock jump to the earliest
/// pending wait and fires it, so waiting costs no real time and concurrent waits overlap instead of adding up; longer
/// timers (an invocation's deadline) fire only when the clock passes them. Nothing here reads the real clock.
/// With <see cref="UntilIdle"/>, the clock moves only once the thread pool has nothing left to run (every caller is
/// waiting), as a discrete-event simulation does: callers still computing on a busy machine cost no virtual time.
/// Without it, the clock jumps as soon as a wait is scheduled, which is exact for one caller at a time.
/// </summary>
internal sealed class VirtualTimeline : TimeProvider, IDisposable
{
    public static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(2);

    private readonly FakeTimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly List<VirtualTimer> _timers = [];
    private readonly SemaphoreSlim _waitScheduled = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread? _stepper;

    public VirtualTimeline(FakeTimeProvider clock, bool untilIdle = false)
    {
        _clock = clock;
        if (untilIdle)
        {
            _stepper = new Thread(StepWhenIdle) { IsBackground = true, Name = "virtual clock" };
            _stepper.Start();
        }
    }

    /// <summary>True when the clock moves only while no thread-pool work is pending or running.</summary>
    public bool UntilIdle => _stepper is not null;

    public void Dispose()
    {
        _stop.Cancel();
        _stepper?.Join();
        _stop.Dispose();
        _waitScheduled.Dispose();
    }

    public override DateTimeOffset GetUtcNow() => _clock.GetUtcNow();

    public override long GetTimestamp() => _clock.GetTimestamp();

    public override long TimestampFrequency => _clock.TimestampFrequency;

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
            _clock.Advance(by);
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

        if (isWait && _stepper is null)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => Step(), null);
        }
        else if (isWait)
        {
            _waitScheduled.Release();
        }
    }

    /// <summary>The stepper thread: after each scheduled wait, steps once the pool is seen idle twice running.</summary>
    private void StepWhenIdle()
    {
        try
        {
            while (true)
            {
                _waitScheduled.Wait(_stop.Token);
                ThreadPoolIdle.Await(_stop.Token);

                // Waits scheduled while the pool was busy are served by this step or by the ones their releases bring.
                // The timers fire on the pool, so the callers they resume never run (or block) on this thread.
                Step(onPool: true);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Jumps to the earliest pending wait (never backwards) and fires every timer due by then.</summary>
    private void Step(bool onPool = false)
    {
        List<VirtualTimer> due;
        lock (_gate)
        {
            var next = _timers.Where(t => t.IsWait).MinBy(t => t.At);
            if (next is null)
            {
                return;
            }

            if (next.At > _clock.GetUtcNow())
            {
                _clock.Advance(next.At!.Value - _clock.GetUtcNow());
            }

            due = TakeDue();
        }

        if (onPool)
        {
            due.ForEach(timer => ThreadPool.UnsafeQueueUserWorkItem(_ => timer.Invoke(), null));
            return;
        }

        Fire(due);
    }

    private List<VirtualTimer> TakeDue()
    {
        var now = _clock.GetUtcNow();
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
