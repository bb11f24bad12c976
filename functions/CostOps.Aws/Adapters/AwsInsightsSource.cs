using System.Globalization;
using CostOps.Aws.AutoScaling;
using CostOps.Aws.CloudWatch;
using CostOps.Aws.CostExplorer;
using CostOps.Core.Insights;
using CostOps.Core.Insights.Ports;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>
/// Reads the report's insights: Cost Explorer GetAnomalies (one paid request a page), and for the services in
/// CostOps' scope their hourly CPU and memory utilization (CloudWatch GetMetricData, 4 metrics a service,
/// 500 a call) and their Auto Scaling maximum (DescribeScalableTargets, free). Without a cluster scope
/// (<paramref name="inventory"/> null) utilization fails with a message saying how to set one. A service CostOps
/// holds stopped is counted at its saved task count and Auto Scaling maximum from <paramref name="state"/>
/// (its live values are 0 while stopped).
/// </summary>
public sealed class AwsInsightsSource(ICostExplorerClient costExplorer, ICloudWatchClient cloudWatch, IApplicationAutoScalingClient autoScaling, IServiceInventory? inventory, string? monitorArn, decimal minimumImpact, ISchedulerStateStore? state = null) : IInsightsSource
{
    private const int HourSeconds = 3600;

    public async Task<InsightsAnswer<AnomalyFindings>> AnomaliesAsync(DateOnly start, DateOnly endExclusive, CancellationToken cancellationToken)
    {
        var request = new GetAnomaliesRequest
        {
            MonitorArn = monitorArn,
            DateInterval = new() { StartDate = Iso(start), EndDate = Iso(endExclusive.AddDays(-1)) },
            TotalImpact = new() { NumericOperator = "GREATER_THAN_OR_EQUAL", StartValue = (double)minimumImpact },
        };
        var anomalies = new List<CostAnomaly>();
        var pages = 0;
        await foreach (var page in costExplorer.GetAnomaliesAllAsync(request, cancellationToken).ConfigureAwait(false))
        {
            pages++;
            anomalies.AddRange((page.Anomalies ?? []).Select(ToCostAnomaly));
        }

        return new(new AnomalyFindings(anomalies, monitorArn, minimumImpact), pages, 0);
    }

    public async Task<InsightsAnswer<FleetUtilization>> UtilizationAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var services = await SizedServicesAsync(cancellationToken).ConfigureAwait(false);
        var queries = services.SelectMany((s, i) => Queries(s, i)).ToList();
        var results = queries.Count == 0 ? [] : await cloudWatch.GetMetricDataBatchedAsync(queries, start, end, cancellationToken).ConfigureAwait(false);
        var byId = results.ToDictionary(r => r.Id, r => r.Values, StringComparer.Ordinal);
        IReadOnlyList<double> Series(int index, string kind) => byId.TryGetValue(Id(index, kind), out var values) ? values : [];
        var states = await StatesAsync(services, cancellationToken).ConfigureAwait(false);
        var ceilings = await CeilingsOfAsync(services, states, cancellationToken).ConfigureAwait(false);

        var utilization = services.Select((service, i) => new ServiceUtilization(
            ceilings[i].Service, ceilings[i].Size, ceilings[i].Architecture, ceilings[i].Region,
            Series(i, "cpumax"), Series(i, "cpuavg"), Series(i, "memmax"), Series(i, "memavg"), StoppedCapacity.Tasks(service.DesiredCount, states[i]))).ToList();
        return new(new FleetUtilization(utilization, ceilings), 0, queries.Count);
    }

    public async Task<IReadOnlyList<ServiceCeiling>> CeilingsAsync(CancellationToken cancellationToken)
    {
        var services = await SizedServicesAsync(cancellationToken).ConfigureAwait(false);
        return await CeilingsOfAsync(services, await StatesAsync(services, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What CostOps recorded about each service (null each without a state store or a record).</summary>
    private async Task<ServiceState?[]> StatesAsync(List<ManagedService> services, CancellationToken cancellationToken)
    {
        var states = new ServiceState?[services.Count];
        for (var i = 0; state is not null && i < services.Count; i++)
        {
            states[i] = await state.GetAsync(services[i].Ref.ServiceArn, cancellationToken).ConfigureAwait(false);
        }

        return states;
    }

    private async Task<List<ManagedService>> SizedServicesAsync(CancellationToken cancellationToken)
    {
        if (inventory is null)
        {
            throw new InvalidOperationException("the function has no cluster scope: set COSTOPS_CLUSTERS or COSTOPS_CLUSTER_TAG for it (the Terraform module does).");
        }

        var services = new List<ManagedService>();
        await foreach (var service in inventory.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (service.TaskSize is not null)
            {
                services.Add(service);
            }
        }

        return services;
    }

    private async Task<List<ServiceCeiling>> CeilingsOfAsync(List<ManagedService> services, ServiceState?[] states, CancellationToken cancellationToken)
    {
        var maxima = services.Count == 0 ? [] : await MaximaAsync(cancellationToken).ConfigureAwait(false);
        return [.. services.Select((service, i) => new ServiceCeiling(
            $"{service.Ref.ClusterName}/{service.Ref.ServiceName}",
            StoppedCapacity.MaxCapacity(maxima.TryGetValue($"service/{service.Ref.ClusterName}/{service.Ref.ServiceName}", out var max) ? max : null, states[i]),
            ToFargateSize(service.TaskSize!),
            service.TaskSize!.Architecture,
            Region(service.Ref.ServiceArn)))];
    }

    internal static FargateSize ToFargateSize(Core.Activity.TaskSize size) =>
        new((int)Math.Round(size.Vcpu * 1024m), (int)Math.Round(size.MemoryGb * 1024m));

    internal static CostAnomaly ToCostAnomaly(Anomaly anomaly)
    {
        var cause = anomaly.RootCauses?.FirstOrDefault();
        var parts = cause is null ? [] : new[] { cause.Service, cause.UsageType, cause.Region, cause.LinkedAccountName ?? cause.LinkedAccount }.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        var impact = anomaly.Impact;
        var percent = impact?.TotalImpactPercentage ?? (impact is { TotalImpact: { } t, TotalExpectedSpend: > 0 and var e } ? t / e * 100 : null);
        return new CostAnomaly(
            anomaly.AnomalyId,
            anomaly.MonitorArn,
            anomaly.DimensionValue,
            Date(anomaly.AnomalyStartDate),
            Date(anomaly.AnomalyEndDate),
            Money(impact?.TotalImpact),
            Money(impact?.MaxImpact) ?? 0m,
            Money(percent),
            parts.Length == 0 ? null : string.Join(", ", parts));
    }

    private async Task<Dictionary<string, int>> MaximaAsync(CancellationToken cancellationToken)
    {
        var maxima = new Dictionary<string, int>(StringComparer.Ordinal);
        var request = new DescribeScalableTargetsRequest { ServiceNamespace = ScalableTargetValues.EcsNamespace, ScalableDimension = ScalableTargetValues.EcsServiceDesiredCount };
        await foreach (var page in autoScaling.DescribeScalableTargetsAllAsync(request, cancellationToken).ConfigureAwait(false))
        {
            foreach (var target in page.ScalableTargets ?? [])
            {
                maxima[target.ResourceId] = target.MaxCapacity;
            }
        }

        return maxima;
    }

    private static IEnumerable<MetricDataQuery> Queries(ManagedService service, int index)
    {
        Dimension[] dimensions = [new("ClusterName", service.Ref.ClusterName), new("ServiceName", service.Ref.ServiceName)];
        MetricDataQuery Query(string kind, string metric, string stat) => new()
        {
            Id = Id(index, kind),
            MetricStat = new() { Metric = new() { Namespace = "AWS/ECS", MetricName = metric, Dimensions = dimensions }, Period = HourSeconds, Stat = stat },
        };

        yield return Query("cpumax", "CPUUtilization", "Maximum");
        yield return Query("cpuavg", "CPUUtilization", "Average");
        yield return Query("memmax", "MemoryUtilization", "Maximum");
        yield return Query("memavg", "MemoryUtilization", "Average");
    }

    private static string Id(int index, string kind) => string.Create(CultureInfo.InvariantCulture, $"s{index}_{kind}");

    private static string Region(string arn) => arn.Split(':') is { Length: > 3 } parts && parts[3].Length > 0 ? parts[3] : string.Empty;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static decimal? Money(double? value) =>
        value is { } v && double.IsFinite(v) && Math.Abs(v) < 1e15 ? Math.Round((decimal)v, 6) : null;
}
