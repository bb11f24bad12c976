using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests;

/// <summary>terraform/README.md documents every input and output of the module.</summary>
[Collection(TerraformCollection.Name)]
public sealed class ReadmeTests(TerraformFixture terraform)
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Module, "README.md"));

    [SkippableFact]
    public void Readme_ListsEveryInput()
    {
        HclParser.Require();

        Assert.All(terraform.Module.Variables, v => Assert.Contains($"| `{v.Name}` |", Readme, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void MemberRoleReadme_ListsEveryInputAndOutput()
    {
        HclParser.Require();
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.MemberRole, "README.md"));

        Assert.All(terraform.MemberRole.Variables, v => Assert.Contains($"| `{v.Name}` |", readme, StringComparison.Ordinal));
        Assert.All(terraform.MemberRole.Outputs, o => Assert.Contains($"| `{o.Name}` |", readme, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Readme_ListsEveryOutput()
    {
        HclParser.Require();

        Assert.All(terraform.Module.Outputs, o => Assert.Contains($"| `{o.Name}` |", Readme, StringComparison.Ordinal));
    }
}
