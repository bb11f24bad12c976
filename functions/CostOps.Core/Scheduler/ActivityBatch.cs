using System.Globalization;
using CostOps.Core.Activity;
using CostOps.Core.Observability;

namespace CostOps.Core.Scheduler;

/// <summary>
/// The activity records of one chunk of services, written together once the chunk is done (25 to a
/// BatchWriteItem in the DynamoDB store) instead of one write per stop or start.
/// </summary>
/// <remarks>
/// Activity is the history, not the state: a process that dies before the flush loses those records, never a
/// snapshot, and a failed flush is one warning line that does not fail any service.
/// </remarks>
internal sealed class ActivityBatch
{
    /// <summary>Records sent per AppendAsync call: DynamoDB's BatchWriteItem limit.</summary>
    public const int WriteSize = 25;

    private readonly Lock _gate = new();
    private readonly List<ServiceActivity> _items = [];

    public void Add(ServiceActivity item)
    {
        lock (_gate)
        {
            _items.Add(item);
        }
    }

    public async Task FlushAsync(IActivityLog activity, IStructuredLog log, IMetricSink metrics, CancellationToken ct)
    {
        List<ServiceActivity> items;
        lock (_gate)
        {
            items = [.. _items];
            _items.Clear();
        }

        var sent = 0;
        try
        {
            foreach (var chunk in items.Chunk(WriteSize))
            {
                await activity.AppendAsync(chunk, ct);
                sent += chunk.Length;
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var lost = items.Count - sent;
            log.Write(LogLevel.Warning, "scheduler.activity_not_recorded",
                $"Could not record {lost.ToString(CultureInfo.InvariantCulture)} activity record(s); the services' state is saved and unaffected.",
                [new("error", $"{ex.GetType().Name}: {ex.Message}")]);
            metrics.Add("ActivityNotRecorded", lost, MetricUnit.Count);
        }
    }
}
