using System.Text.Json;

namespace CostOps.Cli.Build;

/// <summary>The Lambda zips a deploy needs: <c>dist/&lt;key&gt;.zip</c> for each key of <c>terraform/handlers.json</c>.</summary>
public static class HandlerZips
{
    public const string HandlersFile = "terraform/handlers.json";

    public static IReadOnlyList<string> Names(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, HandlersFile);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"{HandlersFile} must be a JSON object of function key to handler string.");
        }

        return document.RootElement.EnumerateObject().Select(p => p.Name + ".zip").ToList();
    }
}
