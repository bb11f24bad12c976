using System.Globalization;
using CostOps.Core.Activity;

namespace CostOps.Core.Costs;

/// <summary>
/// Pure: prices the week's avoided task-hours. Scheduler: each Stopped record's Tasks × the time
/// until the service's next Started or Drift record (or the week's end), clipped to the week, × the Fargate
/// on-demand price of its task size. Spot: task-hours between SpotRestored and SpotFallback records
/// (excluding stopped time) × on-demand price × the Spot discount.
/// </summary>
public sealed class SavingsCalculator(FargatePriceTable prices, decimal spotDiscount)
{
    private sealed record Span(DateTimeOffset Start, DateTimeOffset End, ServiceActivity Source);

    /// <param name="activity">Records from before the week (the lookback) to the week's end.</param>
    public SavingsSummary Calculate(IEnumerable<ServiceActivity> activity, DateTimeOffset weekStart, DateTimeOffset weekEnd)
    {
        var notes = new SortedSet<string>(StringComparer.Ordinal);
        var scheduler = new List<ServiceSavings>();
        var spot = new List<ServiceSavings>();
        foreach (var service in activity.GroupBy(a => a.ServiceArn, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var records = service.OrderBy(a => a.At).ToList();
            var stopped = StoppedSpans(records, weekEnd);
            var stoppedClipped = Clip(stopped, weekStart, weekEnd);
            Add(scheduler, stoppedClipped, 1m, notes);

            var onSpot = SpotSpans(records, weekStart, weekEnd)
                .SelectMany(s => TimeSpanList.Subtract(s.Start, s.End, stoppedClipped.Select(x => (x.Start, x.End))).Select(p => new Span(p.Start, p.End, s.Source)))
                .ToList();
            Add(spot, Clip(onSpot, weekStart, weekEnd), spotDiscount, notes);
        }

        var spotRecorded = spot.Count > 0;
        var discount = (spotDiscount * 100m).ToString("0.##", CultureInfo.InvariantCulture);
        var method = "Scheduler: tasks stopped x hours until restarted (within the week) x Fargate on-demand Linux price "
            + "per vCPU-hour and GB-hour for the region and architecture"
            + (spotRecorded ? $"; Spot: task-hours on Spot x that price x {discount}% Spot discount." : ".");
        return new SavingsSummary(
            scheduler.Sum(s => s.Amount),
            scheduler.Sum(s => s.TaskHours),
            scheduler.OrderByDescending(s => s.Amount).ThenBy(s => s.Service, StringComparer.Ordinal).ToList(),
            spotRecorded ? spot.Sum(s => s.Amount) : null,
            spot.Sum(s => s.TaskHours),
            spot.OrderByDescending(s => s.Amount).ThenBy(s => s.Service, StringComparer.Ordinal).ToList(),
            method,
            notes.ToList());
    }

    private static List<Span> StoppedSpans(List<ServiceActivity> records, DateTimeOffset weekEnd)
    {
        var spans = new List<Span>();
        ServiceActivity? open = null;
        foreach (var r in records)
        {
            if (r.Kind == ActivityKind.Stopped && open is null)
            {
                open = r;
            }
            else if (r.Kind is ActivityKind.Started or ActivityKind.Drift && open is not null)
            {
                // A manual start (drift) ends the avoided hours as a start by CostOps does.
                spans.Add(new Span(open.At, r.At, open));
                open = null;
            }
        }

        if (open is not null)
        {
            spans.Add(new Span(open.At, weekEnd, open));
        }

        return spans;
    }

    // A first SpotFallback with no earlier SpotRestored means the service was on Spot before it.
    private static List<Span> SpotSpans(List<ServiceActivity> records, DateTimeOffset weekStart, DateTimeOffset weekEnd)
    {
        var spans = new List<Span>();
        var spotRecords = records.Where(r => r.Kind is ActivityKind.SpotFallback or ActivityKind.SpotRestored).ToList();
        ServiceActivity? onSpotSince = null;
        var sinceAt = weekStart;
        for (var i = 0; i < spotRecords.Count; i++)
        {
            var r = spotRecords[i];
            if (r.Kind == ActivityKind.SpotRestored && onSpotSince is null)
            {
                onSpotSince = r;
                sinceAt = r.At;
            }
            else if (r.Kind == ActivityKind.SpotFallback)
            {
                if (onSpotSince is not null)
                {
                    spans.Add(new Span(sinceAt, r.At, onSpotSince));
                }
                else if (i == 0)
                {
                    spans.Add(new Span(r.At < weekStart ? r.At : weekStart, r.At, r));
                }

                onSpotSince = null;
            }
        }

        if (onSpotSince is not null)
        {
            spans.Add(new Span(sinceAt, weekEnd, onSpotSince));
        }

        return spans;
    }

    private static List<Span> Clip(IEnumerable<Span> spans, DateTimeOffset from, DateTimeOffset to) =>
        spans.Select(s => (Span: s, Clipped: TimeSpanList.Clip(s.Start, s.End, from, to)))
            .Where(x => x.Clipped is not null)
            .Select(x => x.Span with { Start = x.Clipped!.Value.Start, End = x.Clipped.Value.End })
            .ToList();

    private void Add(List<ServiceSavings> into, List<Span> spans, decimal factor, SortedSet<string> notes)
    {
        if (spans.Count == 0)
        {
            return;
        }

        var first = spans[0].Source;
        var name = $"{first.ClusterName}/{first.ServiceName}";
        decimal taskHours = 0m, amount = 0m;
        var fallback = false;
        var architecture = first.Size?.Architecture ?? "unknown";
        foreach (var span in spans)
        {
            var source = span.Source;
            if (source.Size is null || source.Tasks <= 0)
            {
                notes.Add($"{name}: a {source.Kind} record at {source.At:yyyy-MM-dd HH:mm}Z has no task count or size; its hours are not priced.");
                continue;
            }

            var price = prices.Lookup(source.Region, source.Size.Architecture, out var isFallback);
            if (isFallback)
            {
                fallback = true;
                notes.Add($"No Fargate price for region \"{source.Region}\" in CostOps' table; {FargatePriceTable.FallbackRegion} prices used.");
            }

            var hours = source.Tasks * TimeSpanList.Hours(span.Start, span.End);
            taskHours += hours;
            amount += hours * price.PerTaskHour(source.Size) * factor;
        }

        into.Add(new ServiceSavings(name, first.Region, architecture, taskHours, amount, fallback));
    }
}
