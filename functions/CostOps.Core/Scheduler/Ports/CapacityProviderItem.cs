namespace CostOps.Core.Scheduler.Ports;

/// <summary>One entry of a service's capacity provider strategy.</summary>
public sealed record CapacityProviderItem(string Provider, int Weight, int Base);
