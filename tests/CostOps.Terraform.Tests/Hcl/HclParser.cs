using System.Diagnostics;
using System.Text.Json;

namespace CostOps.Terraform.Tests.Hcl;

/// <summary>
/// Turns Terraform files into JSON with HashiCorp's HCL parser compiled for Node (tests/terraform-tools,
/// npm package @cdktf/hcl2json; <c>make test</c> installs it). Blocks become arrays of objects, attributes
/// keep their literal value, and expressions become "${...}" strings. Comments are dropped, so checks on
/// comments read the file text.
/// </summary>
public static class HclParser
{
    /// <summary>When set to 1, or when CI=true, a missing parser fails the tests instead of skipping them.</summary>
    public const string RequireVariable = "COSTOPS_REQUIRE_TERRAFORM_TOOLS";

    private static string Script => Path.Combine(RepositoryPaths.Tools, "parse.js");

    /// <summary>Why the parser cannot run; null when it can.</summary>
    public static string? Problem { get; } = FindProblem();

    public static bool Required =>
        Environment.GetEnvironmentVariable(RequireVariable) == "1"
        || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the calling test when the parser is missing, or fails it where the parser is required.</summary>
    public static void Require()
    {
        if (Problem is null)
        {
            return;
        }

        Assert.False(Required, $"{RequireVariable}=1 or CI=true, but the HCL parser cannot run: {Problem}");
        Skip.If(true, $"SKIPPED without the HCL parser: {Problem}");
    }

    /// <summary>Parses files; the keys of the result are the paths as given.</summary>
    public static IReadOnlyDictionary<string, JsonElement> ParseFiles(IReadOnlyList<string> paths) =>
        Run([Script, .. paths], stdin: null);

    /// <summary>Parses one snippet of HCL text.</summary>
    public static JsonElement ParseText(string hcl) => Run([Script, "-"], hcl)["-"];

    private static Dictionary<string, JsonElement> Run(IReadOnlyList<string> arguments, string? stdin)
    {
        var start = new ProcessStartInfo("node", arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Tools,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin ?? string.Empty);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new HclParseException(error.GetAwaiter().GetResult().Trim());
        }

        using var document = JsonDocument.Parse(output);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    private static string? FindProblem()
    {
        if (!File.Exists(Path.Combine(RepositoryPaths.Tools, "node_modules", "@cdktf", "hcl2json", "package.json")))
        {
            return "tests/terraform-tools/node_modules is missing: run `make test` (it installs the parser with npm ci) or `npm ci --prefix tests/terraform-tools`.";
        }

        try
        {
            ParseText("locals {}");
            return null;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"Node.js could not be started ({ex.Message}): install Node.js.";
        }
        catch (HclParseException ex)
        {
            return $"the parser failed on an empty file ({ex.Message}).";
        }
    }
}
