namespace CostOps.Terraform.Tests.Hcl;

/// <summary>The module, its member-role submodule, its deploy configuration and its examples, parsed once per test class (when the parser can run).</summary>
public sealed class TerraformFixture
{
    private readonly Lazy<TerraformConfiguration> _module = new(() => TerraformConfiguration.Load(RepositoryPaths.Module));
    private readonly Lazy<TerraformConfiguration> _memberRole = new(() => TerraformConfiguration.Load(RepositoryPaths.MemberRole));
    private readonly Lazy<IReadOnlyList<TerraformConfiguration>> _callers = new(() =>
    [
        TerraformConfiguration.Load(Path.Combine(RepositoryPaths.Module, "deploy")),
        TerraformConfiguration.Load(Path.Combine(RepositoryPaths.Module, "examples", "minimal")),
        TerraformConfiguration.Load(Path.Combine(RepositoryPaths.Module, "examples", "dev-and-prod")),
        TerraformConfiguration.Load(Path.Combine(RepositoryPaths.Module, "examples", "multi-account")),
        TerraformConfiguration.Load(Path.Combine(RepositoryPaths.Module, "examples", "organization")),
    ]);

    /// <summary>terraform/*.tf. Call <see cref="HclParser.Require"/> first.</summary>
    public TerraformConfiguration Module => _module.Value;

    /// <summary>terraform/modules/member-role/*.tf: the role the hub assumes in each member account.</summary>
    public TerraformConfiguration MemberRole => _memberRole.Value;

    /// <summary>terraform/deploy and terraform/examples/*: the configurations that call the module.</summary>
    public IReadOnlyList<TerraformConfiguration> Callers => _callers.Value;

    /// <summary>The module a caller's module block calls, by its source path (the CostOps module or the member role); null for another source.</summary>
    public TerraformConfiguration? Called(TerraformConfiguration caller, HclBlock call)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(call);
        if (call.Attribute("source") is not { ValueKind: System.Text.Json.JsonValueKind.String } source || caller.Directory is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(caller.Directory, source.GetString()!)).TrimEnd(Path.DirectorySeparatorChar);
        return path == Path.GetFullPath(RepositoryPaths.Module).TrimEnd(Path.DirectorySeparatorChar) ? Module
            : path == Path.GetFullPath(RepositoryPaths.MemberRole).TrimEnd(Path.DirectorySeparatorChar) ? MemberRole
            : null;
    }

    /// <summary>Module block name → the module it calls, for every call of <paramref name="caller"/> with a known source.</summary>
    public IReadOnlyDictionary<string, TerraformConfiguration> CalledModules(TerraformConfiguration caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var result = new Dictionary<string, TerraformConfiguration>(StringComparer.Ordinal);
        foreach (var call in caller.Modules)
        {
            if (Called(caller, call) is { } module)
            {
                result[call.Name] = module;
            }
        }

        return result;
    }
}
