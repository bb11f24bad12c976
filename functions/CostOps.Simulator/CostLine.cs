namespace CostOps.Simulator;

/// <summary>One line of the simulated bill for one UTC day: what Cost Explorer groups by SERVICE, USAGE_TYPE and tag.</summary>
/// <param name="TagValue">The value of the cost-allocation tag on the resource; empty when untagged.</param>
/// <param name="Quantity">Usage in the usage type's unit (hours for Fargate).</param>
public sealed record CostLine(DateOnly Day, string Service, string UsageType, string TagValue, decimal Quantity, decimal Amount);
