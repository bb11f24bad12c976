using CostOps.Core.Targets.Ports;

namespace CostOps.Core.Tests.Targets;

/// <summary>An organisation tree in memory; an OU can be made unreadable, and every read is counted.</summary>
internal sealed class FakeOrganization : IOrganizationReader
{
    private readonly Dictionary<string, List<OrganizationAccount>> _accounts = [];
    private readonly Dictionary<string, List<string>> _children = [];
    private readonly HashSet<string> _denied = [];

    public int Reads { get; private set; }

    public FakeOrganization Unit(string unit, string? parent = null, params string[] accounts)
    {
        _accounts[unit] = [.. accounts.Select(a => new OrganizationAccount(a, "ACTIVE"))];
        _children.TryAdd(unit, []);
        if (parent is not null)
        {
            _children[parent].Add(unit);
        }

        return this;
    }

    public FakeOrganization Account(string unit, string account, string status)
    {
        _accounts[unit].Add(new OrganizationAccount(account, status));
        return this;
    }

    public FakeOrganization Deny(string unit)
    {
        _denied.Add(unit);
        return this;
    }

    public Task<IReadOnlyList<OrganizationAccount>> ListAccountsAsync(string parentId, CancellationToken cancellationToken)
    {
        Reads++;
        return _denied.Contains(parentId)
            ? throw new InvalidOperationException($"AccessDeniedException: You don't have permissions to access {parentId}")
            : Task.FromResult<IReadOnlyList<OrganizationAccount>>(_accounts.TryGetValue(parentId, out var a) ? a : throw new InvalidOperationException($"ParentNotFoundException: {parentId}"));
    }

    public Task<IReadOnlyList<string>> ListChildUnitsAsync(string parentId, CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult<IReadOnlyList<string>>(_children.TryGetValue(parentId, out var c) ? c : []);
    }
}
