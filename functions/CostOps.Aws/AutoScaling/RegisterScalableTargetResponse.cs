namespace CostOps.Aws.AutoScaling;

/// <summary>Empty in the 2016-02-06 model CostOps is checked against (newer models add ScalableTargetARN).</summary>
public sealed record RegisterScalableTargetResponse;
