namespace CostOps.Core.Targets.Ports;

/// <summary>A member account as Organizations lists it; only <c>ACTIVE</c> ones are targets.</summary>
public sealed record OrganizationAccount(string Id, string? Status)
{
    public bool IsActive => string.Equals(Status, "ACTIVE", StringComparison.Ordinal);
}
