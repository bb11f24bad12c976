using CostOps.Aws.Ecs;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>Writes one tag on a service with TagResource on its ARN; other tags are left as they are.</summary>
public sealed class EcsServiceTagger(IEcsClient client) : IServiceTagger
{
    public async Task TagAsync(ServiceRef service, string key, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        await client.TagResourceAsync(
            new TagResourceRequest { ResourceArn = service.ServiceArn, Tags = [new Tag { Key = key, Value = value }] },
            cancellationToken).ConfigureAwait(false);
    }
}
