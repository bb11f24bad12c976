namespace CostOps.Core.Scheduler.Ports;

/// <summary>Writes one tag on a service (ECS TagResource). Used only for CostOps' own status tag.</summary>
public interface IServiceTagger
{
    Task TagAsync(ServiceRef service, string key, string value, CancellationToken cancellationToken);
}
