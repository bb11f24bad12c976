namespace CostOps.Core.Targets;

/// <summary>The account-regions a hub run hands to workers, what could not be resolved and what was left out (listed twice).</summary>
public sealed record TargetResolution(IReadOnlyList<AccountRegion> Units, IReadOnlyList<TargetFailure> Failures, IReadOnlyList<string> Notes);
