namespace CostOps.Core.Insights;

/// <summary>A managed service's Auto Scaling maximum (null: no scalable target) and task size, before pricing.</summary>
public sealed record ServiceCeiling(string Service, int? MaxCapacity, FargateSize Size, string Architecture, string Region);
