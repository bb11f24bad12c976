namespace CostOps.Simulator;

/// <summary>An Organizational Unit of a <see cref="SimulatedOrganization"/>: its parent (the root or another OU).</summary>
public sealed record SimOrganizationalUnit(string Id, string ParentId);
