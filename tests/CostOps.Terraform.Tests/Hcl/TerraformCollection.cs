namespace CostOps.Terraform.Tests.Hcl;

/// <summary>The test classes that read the Terraform files share one parse of them.</summary>
[CollectionDefinition(Name)]
public sealed class TerraformCollection : ICollectionFixture<TerraformFixture>
{
    public const string Name = "terraform";
}
