using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Wake;

/// <summary>What a wake did.</summary>
/// <param name="Wrote">True when this request wrote the override; false when an earlier one (or a longer override) already covers it.</param>
/// <param name="Until">When the override ends and the schedule applies again; null when an override without an end keeps it running.</param>
/// <param name="Capped">The length asked for was over the cap and was cut to it.</param>
public sealed record WakeResult(ServiceRef Ref, bool Wrote, DateTimeOffset? Until, bool Capped);
