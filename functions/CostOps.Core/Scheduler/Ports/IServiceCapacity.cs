namespace CostOps.Core.Scheduler.Ports;

/// <summary>Sets a service's desired count (ECS UpdateService with desiredCount only). Throws on any failure.</summary>
public interface IServiceCapacity
{
    Task SetDesiredCountAsync(ServiceRef service, int desiredCount, CancellationToken cancellationToken);
}
