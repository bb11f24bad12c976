using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Wake;

/// <summary>A service whose listener rules point at the wake function, with the rules as they were.</summary>
public sealed record WakeCandidate(ServiceRef Ref, IReadOnlyList<RuleRoute> Routes);
