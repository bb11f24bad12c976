namespace CostOps.Benchmarks;

/// <summary>The repository's root: the nearest folder up from the working directory that holds CostOps.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CostOps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"CostOps.sln not found above {Environment.CurrentDirectory}: run the benchmarks from the repository.");
    }
}
