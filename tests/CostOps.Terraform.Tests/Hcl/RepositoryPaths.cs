namespace CostOps.Terraform.Tests.Hcl;

/// <summary>Where the repository's Terraform files and test tools are, found from the test's output directory.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Module => Path.Combine(Root, "terraform");

    public static string MemberRole => Path.Combine(Module, "modules", "member-role");

    public static string Tools => Path.Combine(Root, "tests", "terraform-tools");

    public static string SchemaFile => Path.Combine(AppContext.BaseDirectory, "Schema", "aws-provider-schema.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CostOps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"CostOps.sln not found above {AppContext.BaseDirectory}");
    }
}
