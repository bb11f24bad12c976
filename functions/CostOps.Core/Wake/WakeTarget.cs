using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Wake;

/// <summary>A service to wake and its tags as they are now.</summary>
public sealed record WakeTarget(ServiceRef Ref, IReadOnlyDictionary<string, string> Tags);
