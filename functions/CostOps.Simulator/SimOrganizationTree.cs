namespace CostOps.Simulator;

/// <summary>
/// Where the organisation's accounts sit: the root, OUs under it or under other OUs, and when each account joined.
/// Used under the organisation's gate.
/// </summary>
internal sealed class SimOrganizationTree
{
    private readonly Dictionary<string, (string Parent, DateTimeOffset Joined)> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimOrganizationalUnit> _units = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="accountId"/> to the root, unless it is a member already.</summary>
    public void Join(string accountId, DateTimeOffset now) => _members.TryAdd(accountId, (SimulatedOrganization.RootId, now));

    /// <summary>An OU under <paramref name="parentId"/> holding <paramref name="accountIds"/> (moved, keeping when they joined; joining now if new).</summary>
    public void AddUnit(string parentId, string ouId, IEnumerable<string> accountIds, DateTimeOffset now)
    {
        _units[ouId] = new SimOrganizationalUnit(ouId, parentId);
        foreach (var account in accountIds)
        {
            _members[account] = (ouId, _members.TryGetValue(account, out var known) ? known.Joined : now);
        }
    }

    public bool IsMember(string accountId) => _members.ContainsKey(accountId);

    public bool HasParent(string parentId) => parentId == SimulatedOrganization.RootId || _units.ContainsKey(parentId);

    public IEnumerable<(string Id, DateTimeOffset Joined)> AccountsUnder(string parentId) =>
        _members.Where(m => m.Value.Parent == parentId).OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => (m.Key, m.Value.Joined));

    public IEnumerable<SimOrganizationalUnit> UnitsUnder(string parentId) =>
        _units.Values.Where(u => u.ParentId == parentId).OrderBy(u => u.Id, StringComparer.Ordinal);
}
