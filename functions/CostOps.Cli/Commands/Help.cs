namespace CostOps.Cli.Commands;

internal static class Help
{
    /// <summary>A command's description with an example, shown by --help.</summary>
    public static string WithExample(string description, params string[] examples) =>
        description + "\n\nExample:\n" + string.Join("\n", examples.Select(e => "  " + e));
}
