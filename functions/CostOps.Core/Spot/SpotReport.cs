using CostOps.Core.Observability;

namespace CostOps.Core.Spot;

/// <summary>One structured log line per service and per changed cluster, and the EMF metrics of an invocation.</summary>
internal sealed class SpotReport(IMetricSink metrics, IStructuredLog log)
{
    public SpotRunSummary Tick(SpotRunSummary summary)
    {
        Write(summary);
        if (summary.DryRun)
        {
            return summary;
        }

        metrics.Add("ServicesOnSpot", summary.Services.Count(s => s.OnSpot), MetricUnit.Count);
        return summary;
    }

    public SpotRunSummary Event(SpotRunSummary summary, bool interruption)
    {
        Write(summary);
        metrics.Add("SpotInterruptions", interruption ? 1 : 0, MetricUnit.Count);
        return summary;
    }

    private void Write(SpotRunSummary summary)
    {
        foreach (var c in summary.Clusters.Where(c => c.Added.Count > 0 || c.Error is not null))
        {
            log.Write(c.Error is null ? LogLevel.Info : LogLevel.Error, "spot.cluster",
                c.Error is null ? $"associated {string.Join(", ", c.Added)} with cluster {c.Cluster}" : $"cluster {c.Cluster}: {c.Error}",
                [new("cluster", c.Cluster), new("added", string.Join(",", c.Added)), new("error", c.Error)]);
        }

        foreach (var o in summary.Services)
        {
            var level = o.Action switch
            {
                SpotAction.Fail => LogLevel.Error,
                SpotAction.CannotMove or SpotAction.Fallback => LogLevel.Warning,
                SpotAction.Skip when o.Error is not null => LogLevel.Warning,
                SpotAction.None => LogLevel.Debug,
                _ => LogLevel.Info,
            };
            log.Write(level, "spot.service", $"{o.Action} {o.ClusterName}/{o.ServiceName}: {o.Reason}",
            [
                new("cluster", o.ClusterName), new("service", o.ServiceName), new("serviceArn", o.ServiceArn),
                new("action", o.Action.ToString()), new("reason", o.Reason), new("error", o.Error), new("trigger", summary.Trigger),
                new("dryRun", summary.DryRun ? "true" : "false"),
            ]);
        }

        if (summary.RunError is not null)
        {
            log.Write(LogLevel.Error, "spot.run", summary.RunError, [new("trigger", summary.Trigger)]);
        }

        if (summary.DryRun)
        {
            return;
        }

        metrics.Add("SpotFallbacks", summary.Fallbacks, MetricUnit.Count);
        metrics.Add("SpotReturns", summary.Returns, MetricUnit.Count);
        metrics.Add("SpotChangesFailed", summary.Failed, MetricUnit.Count);
    }
}
