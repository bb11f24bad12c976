namespace CostOps.Core.Targets;

/// <summary>A target the hub could not hand to a worker: an Organizational Unit it could not read, or a worker it could not start.</summary>
/// <param name="Target">What failed, e.g. <c>targets[1].organizationalUnits[0] ou-ab12-cdef3456</c> or <c>111111111111/eu-west-1</c>.</param>
/// <param name="Error">What went wrong, with AWS' message.</param>
public sealed record TargetFailure(string Target, string Error, string? AccountId = null, string? Region = null);
