namespace CostOps.Core.Targets;

/// <summary>
/// One entry of <c>targets</c>: accounts by id or every active account of some Organizational Units (nested ones
/// included), in some regions, with one cluster scope.
/// </summary>
/// <param name="Index">Its position in <c>targets</c>, for messages (<c>targets[1]</c>).</param>
public sealed record TargetSpec(
    int Index,
    IReadOnlyList<string> Accounts,
    IReadOnlyList<string> OrganizationalUnits,
    IReadOnlyList<string> Regions,
    TargetClusterScope Scope)
{
    public string Path => $"targets[{Index}]";
}
