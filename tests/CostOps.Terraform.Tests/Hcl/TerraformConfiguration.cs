using System.Text.Json;

namespace CostOps.Terraform.Tests.Hcl;

/// <summary>The .tf files of one directory, parsed, with their text (for the checks on comments).</summary>
public sealed class TerraformConfiguration
{
    private TerraformConfiguration(IReadOnlyDictionary<string, JsonElement> files, IReadOnlyDictionary<string, string> texts, string? directory = null)
    {
        Texts = texts;
        Directory = directory;
        var blocks = new List<HclBlock>();
        var locals = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (file, root) in files)
        {
            foreach (var kind in new[] { "resource", "data" })
            {
                if (HclBlock.Get(root, kind) is { ValueKind: JsonValueKind.Object } types)
                {
                    foreach (var type in types.EnumerateObject())
                    {
                        foreach (var named in type.Value.EnumerateObject())
                        {
                            blocks.AddRange(named.Value.EnumerateArray().Select(body => new HclBlock(kind, type.Name, named.Name, body, file)));
                        }
                    }
                }
            }

            foreach (var kind in new[] { "variable", "output", "module" })
            {
                if (HclBlock.Get(root, kind) is { ValueKind: JsonValueKind.Object } named)
                {
                    foreach (var item in named.EnumerateObject())
                    {
                        blocks.AddRange(item.Value.EnumerateArray().Select(body => new HclBlock(kind, kind, item.Name, body, file)));
                    }
                }
            }

            if (HclBlock.Get(root, "locals") is { ValueKind: JsonValueKind.Array } localBlocks)
            {
                foreach (var property in localBlocks.EnumerateArray().SelectMany(b => b.EnumerateObject()))
                {
                    locals[property.Name] = property.Value;
                }
            }
        }

        Blocks = blocks;
        Locals = locals;
    }

    /// <summary>The directory the files were loaded from; null for a snippet.</summary>
    public string? Directory { get; }

    public IReadOnlyList<HclBlock> Blocks { get; }

    public IReadOnlyDictionary<string, JsonElement> Locals { get; }

    /// <summary>File path → text.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }

    public IEnumerable<HclBlock> Resources => Blocks.Where(b => b.Kind == "resource");

    public IEnumerable<HclBlock> DataSources => Blocks.Where(b => b.Kind == "data");

    public IEnumerable<HclBlock> Variables => Blocks.Where(b => b.Kind == "variable");

    public IEnumerable<HclBlock> Outputs => Blocks.Where(b => b.Kind == "output");

    public IEnumerable<HclBlock> Modules => Blocks.Where(b => b.Kind == "module");

    public IEnumerable<HclBlock> OfType(string type) => Blocks.Where(b => b.Type == type);

    /// <summary>Every .tf file directly in the directory.</summary>
    public static TerraformConfiguration Load(string directory)
    {
        var paths = System.IO.Directory.GetFiles(directory, "*.tf").Order(StringComparer.Ordinal).ToList();
        return new TerraformConfiguration(HclParser.ParseFiles(paths), paths.ToDictionary(p => p, File.ReadAllText, StringComparer.Ordinal), directory);
    }

    /// <summary>One snippet, as the file "snippet.tf".</summary>
    public static TerraformConfiguration FromText(string hcl) =>
        new(new Dictionary<string, JsonElement> { ["snippet.tf"] = HclParser.ParseText(hcl) }, new Dictionary<string, string> { ["snippet.tf"] = hcl });
}
