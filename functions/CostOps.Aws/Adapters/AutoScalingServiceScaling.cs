using CostOps.Aws.AutoScaling;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>Reads and registers a service's scalable target on <c>ecs:service:DesiredCount</c>.</summary>
public sealed class AutoScalingServiceScaling(IApplicationAutoScalingClient client) : IServiceScaling, IBatchScalingReads, INamespaceScalingReads
{
    public async Task<ScalingBounds?> GetAsync(ServiceRef service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        var resourceId = ResourceId(service);
        var response = await client.DescribeScalableTargetsAsync(
            new DescribeScalableTargetsRequest
            {
                ServiceNamespace = ScalableTargetValues.EcsNamespace,
                ResourceIds = [resourceId],
                ScalableDimension = ScalableTargetValues.EcsServiceDesiredCount,
            },
            cancellationToken).ConfigureAwait(false);

        var target = (response.ScalableTargets ?? []).FirstOrDefault(t =>
            string.Equals(t.ResourceId, resourceId, StringComparison.Ordinal)
            && string.Equals(t.ScalableDimension, ScalableTargetValues.EcsServiceDesiredCount, StringComparison.Ordinal));
        if (target is null)
        {
            return null;
        }

        return Bounds(target);
    }

    /// <summary>One DescribeScalableTargets per 50 services (the API's limit on ResourceIds), whatever share of them has a target.</summary>
    public async Task<IReadOnlyDictionary<string, ScalingBounds>?> GetManyAsync(IReadOnlyList<ServiceRef> services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var arnByResource = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            arnByResource[ResourceId(service)] = service.ServiceArn;
        }

        var found = new Dictionary<string, ScalingBounds>(StringComparer.Ordinal);
        foreach (var batch in arnByResource.Keys.Chunk(ApplicationAutoScalingClient.MaxResourceIdsPerDescribe))
        {
            var request = new DescribeScalableTargetsRequest
            {
                ServiceNamespace = ScalableTargetValues.EcsNamespace,
                ResourceIds = [.. batch],
                ScalableDimension = ScalableTargetValues.EcsServiceDesiredCount,
            };
            await foreach (var page in client.DescribeScalableTargetsAllAsync(request, cancellationToken).ConfigureAwait(false))
            {
                foreach (var target in page.ScalableTargets ?? [])
                {
                    if (target.ResourceId is { } id && arnByResource.TryGetValue(id, out var arn)
                        && string.Equals(target.ScalableDimension, ScalableTargetValues.EcsServiceDesiredCount, StringComparison.Ordinal))
                    {
                        found[arn] = Bounds(target);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>DescribeScalableTargets over the whole <c>ecs</c> namespace, 50 targets a page, at most <paramref name="maxCalls"/> pages.</summary>
    public async Task<IReadOnlyDictionary<string, ScalingBounds>?> GetAllAsync(IReadOnlyList<ServiceRef> services, int maxCalls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var arnByResource = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            arnByResource[ResourceId(service)] = service.ServiceArn;
        }

        var found = new Dictionary<string, ScalingBounds>(StringComparer.Ordinal);
        string? next = null;
        for (var calls = 0; calls < maxCalls; calls++)
        {
            var page = await client.DescribeScalableTargetsAsync(
                new DescribeScalableTargetsRequest
                {
                    ServiceNamespace = ScalableTargetValues.EcsNamespace,
                    ScalableDimension = ScalableTargetValues.EcsServiceDesiredCount,
                    MaxResults = ApplicationAutoScalingClient.MaxResourceIdsPerDescribe,
                    NextToken = next,
                },
                cancellationToken).ConfigureAwait(false);
            foreach (var target in page.ScalableTargets ?? [])
            {
                if (target.ResourceId is { } id && arnByResource.TryGetValue(id, out var arn)
                    && string.Equals(target.ScalableDimension, ScalableTargetValues.EcsServiceDesiredCount, StringComparison.Ordinal))
                {
                    found[arn] = Bounds(target);
                }
            }

            next = page.NextToken;
            if (string.IsNullOrEmpty(next))
            {
                return found;
            }
        }

        return null;
    }

    private static ScalingBounds Bounds(ScalableTarget target)
    {
        var suspended = target.SuspendedState;
        return new ScalingBounds(
            target.MinCapacity,
            target.MaxCapacity,
            suspended?.DynamicScalingInSuspended ?? false,
            suspended?.DynamicScalingOutSuspended ?? false,
            suspended?.ScheduledScalingSuspended ?? false);
    }

    /// <remarks>Every suspended flag is sent explicitly: a flag left out would keep its current value, not the saved one.</remarks>
    public async Task SetAsync(ServiceRef service, ScalingBounds bounds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(bounds);
        await client.RegisterScalableTargetAsync(
            new RegisterScalableTargetRequest
            {
                ServiceNamespace = ScalableTargetValues.EcsNamespace,
                ResourceId = ResourceId(service),
                ScalableDimension = ScalableTargetValues.EcsServiceDesiredCount,
                MinCapacity = bounds.Min,
                MaxCapacity = bounds.Max,
                SuspendedState = new SuspendedState
                {
                    DynamicScalingInSuspended = bounds.DynamicScalingInSuspended,
                    DynamicScalingOutSuspended = bounds.DynamicScalingOutSuspended,
                    ScheduledScalingSuspended = bounds.ScheduledScalingSuspended,
                },
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static string ResourceId(ServiceRef service) => ScalableTargetValues.EcsServiceResourceId(service.ClusterName, service.ServiceName);
}
