using System.Collections.Concurrent;

namespace CostOps.Aws.Http;

/// <summary>Thread-safe counters of AWS API traffic per service and operation, read by the functions for their reports and metrics.</summary>
public sealed class AwsCallStatistics
{
    private readonly ConcurrentDictionary<(string ServiceId, string Operation), Counter> _counters = new();

    public long TotalCalls => _counters.Values.Sum(c => Interlocked.Read(ref c.Calls));

    public long TotalRetries => _counters.Values.Sum(c => Interlocked.Read(ref c.Retries));

    public long TotalThrottles => _counters.Values.Sum(c => Interlocked.Read(ref c.Throttles));

    /// <summary>A point-in-time copy, ordered by service then operation.</summary>
    public IReadOnlyList<AwsCallCount> Snapshot() =>
        _counters
            .Select(kv => new AwsCallCount(kv.Key.ServiceId, kv.Key.Operation, Interlocked.Read(ref kv.Value.Calls), Interlocked.Read(ref kv.Value.Retries), Interlocked.Read(ref kv.Value.Throttles)))
            .OrderBy(c => c.ServiceId, StringComparer.Ordinal)
            .ThenBy(c => c.Operation, StringComparer.Ordinal)
            .ToList();

    internal void RecordCall(string serviceId, string operation) => Interlocked.Increment(ref For(serviceId, operation).Calls);

    internal void RecordRetry(string serviceId, string operation) => Interlocked.Increment(ref For(serviceId, operation).Retries);

    internal void RecordThrottle(string serviceId, string operation) => Interlocked.Increment(ref For(serviceId, operation).Throttles);

    private Counter For(string serviceId, string operation) => _counters.GetOrAdd((serviceId, operation), _ => new Counter());

    private sealed class Counter
    {
        public long Calls;
        public long Retries;
        public long Throttles;
    }
}
