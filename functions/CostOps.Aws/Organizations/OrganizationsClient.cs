using System.Text.RegularExpressions;
using CostOps.Aws.Http;
using CostOps.Aws.Json;

namespace CostOps.Aws.Organizations;

/// <summary>
/// Organizations over JSON 1.1 (<c>AWSOrganizationsV20161128.*</c>) at its single us-east-1 endpoint. List calls
/// follow NextToken to the end: Organizations may answer an empty page that still has a NextToken.
/// </summary>
public sealed partial class OrganizationsClient(IAwsTransport transport) : IOrganizationsClient
{
    /// <summary>The largest page the model allows (MaxResults 1–20): fewest calls for a large organisation.</summary>
    internal const int PageSize = 20;

    private static readonly AwsService Service = AwsServices.Organizations;
    private readonly IAwsTransport _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    public async Task<IReadOnlyList<Account>> ListAccountsForParentAsync(string parentId, CancellationToken cancellationToken)
    {
        CheckParentId(parentId, "ListAccountsForParent");
        var request = new ListAccountsForParentRequest { ParentId = parentId, MaxResults = PageSize };
        var accounts = new List<Account>();
        await foreach (var page in AwsPagination.PaginateAsync(
            $"{Service.ServiceId} ListAccountsForParent",
            null,
            (token, ct) => _transport.InvokeJsonAsync(Service, "ListAccountsForParent", request with { NextToken = token }, AwsJsonContext.Default.ListAccountsForParentRequest, AwsJsonContext.Default.ListAccountsForParentResponse, ct),
            page => page.NextToken,
            cancellationToken).ConfigureAwait(false))
        {
            accounts.AddRange(page.Accounts ?? []);
        }

        return accounts;
    }

    public async Task<IReadOnlyList<OrganizationalUnit>> ListOrganizationalUnitsForParentAsync(string parentId, CancellationToken cancellationToken)
    {
        CheckParentId(parentId, "ListOrganizationalUnitsForParent");
        var request = new ListOrganizationalUnitsForParentRequest { ParentId = parentId, MaxResults = PageSize };
        var units = new List<OrganizationalUnit>();
        await foreach (var page in AwsPagination.PaginateAsync(
            $"{Service.ServiceId} ListOrganizationalUnitsForParent",
            null,
            (token, ct) => _transport.InvokeJsonAsync(Service, "ListOrganizationalUnitsForParent", request with { NextToken = token }, AwsJsonContext.Default.ListOrganizationalUnitsForParentRequest, AwsJsonContext.Default.ListOrganizationalUnitsForParentResponse, ct),
            page => page.NextToken,
            cancellationToken).ConfigureAwait(false))
        {
            units.AddRange(page.OrganizationalUnits ?? []);
        }

        return units;
    }

    /// <summary>The model's ParentId pattern: a root <c>r-</c> + 4–32 of [0-9a-z], or an OU <c>ou-</c> + 4–32 of [0-9a-z] + <c>-</c> + 8–32 of [a-z0-9].</summary>
    public static bool IsValidParentId(string? parentId) => parentId is not null && ParentIdPattern().IsMatch(parentId);

    private static void CheckParentId(string parentId, string operation)
    {
        if (!IsValidParentId(parentId))
        {
            throw new ArgumentException(
                $"Organizations {operation} needs a root id (r-xxxx) or an Organizational Unit id (ou-xxxx-xxxxxxxx), got '{parentId}'.", nameof(parentId));
        }
    }

    [GeneratedRegex("^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})\\z")]
    private static partial Regex ParentIdPattern();
}
