using CostOps.Aws.Json;
using CostOps.Aws.Organizations;

namespace CostOps.Simulator;

/// <summary>
/// AWS Organizations reads over JSON 1.1 for a <see cref="SimulatedOrganization"/>: accounts and OUs directly under a
/// parent, <see cref="SimulatedOrganization.OrganizationsPageSize"/> to a page. Called under the organisation's gate.
/// </summary>
internal sealed class OrganizationsApi(SimulatedOrganization organization)
{
    public byte[] Handle(string operation, byte[] body)
    {
        switch (operation)
        {
            case "ListAccountsForParent":
            {
                var request = SimJson.Read(body, AwsJsonContext.Default.ListAccountsForParentRequest, "InvalidInputException");
                CheckParent(request.ParentId, request.MaxResults);
                var accounts = organization.Tree.AccountsUnder(request.ParentId).Select(Describe).ToList();
                var (page, next) = SimJson.Page(accounts, request.MaxResults, request.NextToken, organization.OrganizationsPageSize, organization.OrganizationsPageSize, "InvalidInputException");
                return SimJson.Write(new ListAccountsForParentResponse { Accounts = page, NextToken = next }, AwsJsonContext.Default.ListAccountsForParentResponse);
            }

            case "ListOrganizationalUnitsForParent":
            {
                var request = SimJson.Read(body, AwsJsonContext.Default.ListOrganizationalUnitsForParentRequest, "InvalidInputException");
                CheckParent(request.ParentId, request.MaxResults);
                var units = organization.Tree.UnitsUnder(request.ParentId)
                    .Select(u => new OrganizationalUnit { Id = u.Id, Arn = $"arn:aws:organizations::{organization.ManagementAccountId}:ou/{SimulatedOrganization.OrganizationId}/{u.Id}", Name = u.Id })
                    .ToList();
                var (page, next) = SimJson.Page(units, request.MaxResults, request.NextToken, organization.OrganizationsPageSize, organization.OrganizationsPageSize, "InvalidInputException");
                return SimJson.Write(new ListOrganizationalUnitsForParentResponse { OrganizationalUnits = page, NextToken = next }, AwsJsonContext.Default.ListOrganizationalUnitsForParentResponse);
            }

            default:
                throw new SimulatorError("InvalidAction", $"The simulated Organizations does not implement {operation}.");
        }
    }

    private void CheckParent(string? parentId, int? maxResults)
    {
        if (maxResults is < 1 or > 20)
        {
            throw new SimulatorError("InvalidInputException", "You provided a value that does not match the required pattern: MaxResults must be between 1 and 20.");
        }

        if (!OrganizationsClient.IsValidParentId(parentId))
        {
            throw new SimulatorError("InvalidInputException", $"You provided a value that does not match the required pattern: ParentId '{parentId}'.");
        }

        if (!organization.Tree.HasParent(parentId!))
        {
            throw new SimulatorError("ParentNotFoundException", "We can't find a root or OU with the ParentId that you specified.");
        }
    }

    private Account Describe((string Id, DateTimeOffset Joined) account) => new()
    {
        Id = account.Id,
        Arn = $"arn:aws:organizations::{organization.ManagementAccountId}:account/{SimulatedOrganization.OrganizationId}/{account.Id}",
        Email = $"aws+{account.Id}@example.com",
        Name = account.Id == organization.ManagementAccountId ? "management" : $"member-{account.Id}",
        Status = "ACTIVE",
        JoinedMethod = account.Id == organization.ManagementAccountId ? "CREATED" : "INVITED",
        JoinedTimestamp = account.Joined,
    };
}
