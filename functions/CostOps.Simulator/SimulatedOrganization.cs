using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Simulator;

/// <summary>
/// An AWS Organization of simulated accounts on one clock: the management (hub) account and member accounts, each in
/// one or more regions (a <see cref="SimulatedAccount"/> per account-region). <see cref="Handler"/> routes every request
/// by the access key and region it is signed with: the hub's keys (<see cref="SimulatedAws.AccessKeyId"/>) reach the hub,
/// STS AssumeRole issues keys tied to a member account, and requests signed with those reach that account in the signing
/// region. Organizations answers from the management account only.
/// </summary>
public sealed class SimulatedOrganization
{
    /// <summary>The organisation's root.</summary>
    public const string RootId = "r-root";

    public const string OrganizationId = "o-simulated0";

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Account, string Region), SimulatorHandler> _handlers = [];
    private readonly Dictionary<string, string> _primaryRegion = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    /// <param name="management">The hub account's options (account id, region, seed…); defaults as <see cref="SimulatorOptions"/>.</param>
    public SimulatedOrganization(SimulatorOptions? management = null, FakeTimeProvider? clock = null)
    {
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));
        var options = management ?? new SimulatorOptions();
        ManagementAccountId = options.AccountId;
        Sessions = new SimSessionKeys(ManagementAccountId);
        HubHandler = Register(new SimulatedAccount(options, Clock));
        Handler = new OrganizationRouter(this, new StsApi(this), new OrganizationsApi(this));
    }

    public FakeTimeProvider Clock { get; }

    public string ManagementAccountId { get; }

    /// <summary>The management account in its first region: where the hub's functions run.</summary>
    public SimulatedAccount Hub => HubHandler.Account;

    public SimulatorHandler HubHandler { get; }

    /// <summary>Point CostOps' transports here (with <see cref="SimulatedAws.Variables"/> of <see cref="Hub"/>).</summary>
    public HttpMessageHandler Handler { get; }

    /// <summary>When set, AssumeRole is refused unless the request carries exactly this external id.</summary>
    public string? ExternalId { get; set; }

    /// <summary>When set, AssumeRole is refused for any role of another name; null accepts every role name.</summary>
    public string? MemberRoleName { get; set; }

    /// <summary>Organizations list pages hold at most this many items (AWS allows up to 20). Default 2, so tests see paging.</summary>
    public int OrganizationsPageSize { get; set; } = 2;

    /// <summary>Every account-region, the hub first.</summary>
    public IReadOnlyList<SimulatedAccount> Accounts
    {
        get
        {
            lock (_gate)
            {
                return [.. _handlers.Values.Select(h => h.Account)];
            }
        }
    }

    /// <summary>Adds <paramref name="accountId"/> in <paramref name="region"/> (and to the organisation's root, if new); the hub's Cost Explorer answers for it too.</summary>
    public SimulatedAccount AddAccount(string accountId, string region, SimulatorOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        ArgumentException.ThrowIfNullOrEmpty(region);
        var account = Register(new SimulatedAccount((options ?? new SimulatorOptions()) with { AccountId = accountId, Region = region }, Clock)).Account;

        // The management account's Cost Explorer shows every account's bill, grouped by LINKED_ACCOUNT (regions add up per account).
        Hub.LinkAccounts(account);
        return account;
    }

    /// <summary>An OU under the root holding <paramref name="accountIds"/> (moved from wherever they were; added to the organisation if new).</summary>
    public SimulatedOrganization AddOrganizationalUnit(string ouId, params string[] accountIds) => AddOrganizationalUnitUnder(RootId, ouId, accountIds);

    /// <summary>An OU under <paramref name="parentId"/> (the root or an OU) holding <paramref name="accountIds"/>.</summary>
    public SimulatedOrganization AddOrganizationalUnitUnder(string parentId, string ouId, params string[] accountIds)
    {
        if (!CostOps.Aws.Organizations.OrganizationsClient.IsValidParentId(ouId) || !ouId.StartsWith("ou-", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{ouId}' is not an OU id (ou-xxxx-xxxxxxxx).", nameof(ouId));
        }

        lock (_gate)
        {
            if (!Tree.HasParent(parentId))
            {
                throw new ArgumentException($"No root or OU '{parentId}': add it first.", nameof(parentId));
            }

            Tree.AddUnit(parentId, ouId, accountIds, Clock.GetUtcNow());
        }

        return this;
    }

    /// <summary>From now on every AssumeRole into <paramref name="accountId"/> is refused with AccessDenied.</summary>
    public void DenyAssumeRole(string accountId)
    {
        lock (_gate)
        {
            Sessions.Deny(accountId);
        }
    }

    /// <summary>
    /// Ends every session issued into <paramref name="accountId"/> so far, before the expiry STS stated (what a caller
    /// whose clock runs behind AWS' sees): its keys are answered with ExpiredToken; a new AssumeRole works.
    /// </summary>
    public void ExpireSessions(string accountId)
    {
        lock (_gate)
        {
            Sessions.ExpireAll(accountId, Clock.GetUtcNow());
        }
    }

    public SimulatedAccount Account(string accountId, string region) => HandlerFor(accountId, region).Account;

    public SimulatorHandler HandlerFor(string accountId, string region)
    {
        lock (_gate)
        {
            return _handlers.TryGetValue((accountId, region), out var handler)
                ? handler
                : throw new KeyNotFoundException($"No simulated account {accountId} in {region}: add it with AddAccount.");
        }
    }

    /// <summary>Calls of <paramref name="operation"/> across the organisation: STS and Organizations, and every account-region's.</summary>
    public int Calls(string operation)
    {
        List<SimulatorHandler> handlers;
        lock (_gate)
        {
            handlers = [.. _handlers.Values];
        }

        return _calls.GetValueOrDefault(operation) + handlers.Sum(h => h.Calls(operation));
    }

    /// <summary>Calls answered with a throttling error, across every account-region.</summary>
    public int Throttled
    {
        get
        {
            lock (_gate)
            {
                return _handlers.Values.Sum(h => h.Throttled);
            }
        }
    }

    internal void Count(string operation) => _calls.AddOrUpdate(operation, 1, (_, n) => n + 1);

    internal Lock Gate => _gate;

    /// <summary>Call under <see cref="Gate"/>.</summary>
    internal SimSessionKeys Sessions { get; }

    /// <summary>Call under <see cref="Gate"/>.</summary>
    internal SimOrganizationTree Tree { get; } = new();

    /// <summary>The handler for <paramref name="accountId"/> in <paramref name="region"/> (in its first region for a global service); null when there is none.</summary>
    internal SimulatorHandler? Route(string accountId, string region, bool global) =>
        global ? (_primaryRegion.TryGetValue(accountId, out var primary) ? _handlers[(accountId, primary)] : null)
        : _handlers.GetValueOrDefault((accountId, region));

    private SimulatorHandler Register(SimulatedAccount account)
    {
        var handler = new SimulatorHandler(account);
        lock (_gate)
        {
            var key = (account.Options.AccountId, account.Region);
            if (_handlers.ContainsKey(key))
            {
                throw new ArgumentException($"Account {key.AccountId} is already simulated in {key.Region}.", nameof(account));
            }

            _handlers[key] = handler;
            _primaryRegion.TryAdd(account.Options.AccountId, account.Region);
            Tree.Join(account.Options.AccountId, Clock.GetUtcNow());
        }

        return handler;
    }
}
