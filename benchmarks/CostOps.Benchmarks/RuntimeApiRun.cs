namespace CostOps.Benchmarks;

/// <summary>What one cold start saw: when the process first asked for an event (init done) and when it answered.</summary>
internal sealed record RuntimeApiOutcome(bool Succeeded, string Body, long InitDoneTimestamp, long AnsweredTimestamp);

/// <summary>The one event a cold start gets from the local Runtime API, and how it ended.</summary>
internal sealed class RuntimeApiRun(string eventJson)
{
    public string Event { get; } = eventJson;

    public string RequestId { get; } = Guid.NewGuid().ToString();

    public bool Delivered { get; set; }

    public long InitDone { get; set; }

    public TaskCompletionSource<RuntimeApiOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
