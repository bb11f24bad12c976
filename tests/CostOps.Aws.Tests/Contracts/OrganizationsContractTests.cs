using CostOps.Aws.Http;
using CostOps.Aws.Organizations;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Contracts;

public sealed class OrganizationsContractTests
{
    private readonly ServiceModel _model = BotocoreModels.Load("Organizations");

    [Fact]
    public async Task ListAccountsForParent_Request_MatchesInputShape()
    {
        var transport = new RecordingAwsTransport().Respond(ContractAssert.Fixture("Organizations/ListAccountsForParent.json"));

        await new OrganizationsClient(transport).ListAccountsForParentAsync("ou-ab12-cdef3456", default);

        var call = Assert.Single(transport.JsonCalls);
        ContractAssert.JsonRequestMatchesModel(_model, AwsServices.Organizations, "ListAccountsForParent", call);
        Assert.Equal("""{"ParentId":"ou-ab12-cdef3456","MaxResults":20}""", call.RequestJson);
    }

    [Fact]
    public async Task ListOrganizationalUnitsForParent_Request_MatchesInputShape()
    {
        var transport = new RecordingAwsTransport().Respond(ContractAssert.Fixture("Organizations/ListOrganizationalUnitsForParent.json"));

        await new OrganizationsClient(transport).ListOrganizationalUnitsForParentAsync("r-ab12", default);

        ContractAssert.JsonRequestMatchesModel(_model, AwsServices.Organizations, "ListOrganizationalUnitsForParent", Assert.Single(transport.JsonCalls));
    }

    [Theory]
    [InlineData("ListAccountsForParent", "Organizations/ListAccountsForParent.json")]
    [InlineData("ListOrganizationalUnitsForParent", "Organizations/ListOrganizationalUnitsForParent.json")]
    public void ResponseFixture_MatchesOutputShape(string operation, string fixture)
    {
        ContractAssert.OutputMatchesModel(_model, operation, ContractAssert.Fixture(fixture));
    }

    [Fact]
    public void PageSize_IsTheModelsMaximum()
    {
        Assert.Equal(OrganizationsClient.PageSize, _model.Shape("MaxResults").GetProperty("max").GetInt32());
    }
}
