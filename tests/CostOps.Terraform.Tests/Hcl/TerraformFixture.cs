namespace CostOps.Terraform.Tests.Hcl;

/// <summary>The module, its deploy configuration and its examples, parsed once per test class (when the parser can run).</summary>
public sealed class TerraformFixture
{
    private readonly Lazy<TerraformConfiguration> _module = new(() => TerraformConfiguration.Load(RepositoryPaths.Module));
    private readonly Lazy<IReadOnlyList<TerraformConfiguration>> _callers = new(() =>
    [
        TerraformConfiguration.Load(Path.Combine(RepositoryPaths.Module, "deploy")),
        TerraformConfiguration.Load(Path.Combine(RepositoryPaths.Module, "examples", "minimal")),
        TerraformConfiguration.Load(Path.Combine(RepositoryPaths.Module, "examples", "dev-and-prod")),
    ]);

    /// <summary>terraform/*.tf. Call <see cref="HclParser.Require"/> first.</summary>
    public TerraformConfiguration Module => _module.Value;

    /// <summary>terraform/deploy and terraform/examples/*: the configurations that call the module.</summary>
    public IReadOnlyList<TerraformConfiguration> Callers => _callers.Value;
}
