using CostOps.Cli.Configuration;
using CostOps.Cli.Targets;

namespace CostOps.Cli.Tests.Targets;

public sealed class TargetsJsonTests
{
    [Fact]
    public void Write_HubFile_IsTheShapeTheModuleWrites()
    {
        var json = TargetsJson.Write(TfvarsTargets.Read(TfvarsReader.Parse(TfvarsTargetsTests.Hub, "terraform.tfvars"))!);

        Assert.Equal(
            """{"role":"costops-member","externalId":"3f9a6c1e8d2b47a0","targets":[{"accounts":["111111111111"],"regions":["eu-west-1","us-east-1"],"clusters":["app","web"]},{"accounts":["222222222222"],"regions":["eu-west-1"],"clusterTag":"costops=on"},{"organizationalUnits":["ou-ab12-cdef3456"],"regions":["eu-west-1","us-east-1"],"clusterTag":"costops"}]}""",
            json);
    }
}
