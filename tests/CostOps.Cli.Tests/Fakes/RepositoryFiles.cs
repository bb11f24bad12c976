namespace CostOps.Cli.Tests.Fakes;

/// <summary>Files of this repository the deploy path reads (found upwards from the test assembly).</summary>
public static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "terraform", "handlers.json")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (with terraform/handlers.json) was not found above the test assembly.");
        }
    }

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));
}
