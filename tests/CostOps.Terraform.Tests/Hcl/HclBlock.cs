using System.Text.Json;

namespace CostOps.Terraform.Tests.Hcl;

/// <summary>A labelled top-level block: <c>resource "type" "name"</c>, <c>data</c>, <c>module</c>, <c>variable</c>, <c>output</c>.</summary>
public sealed record HclBlock(string Kind, string Type, string Name, JsonElement Body, string File)
{
    public string Address => Kind switch
    {
        "resource" => $"{Type}.{Name}",
        "data" => $"data.{Type}.{Name}",
        _ => $"{Kind}.{Name}",
    };

    /// <summary>The attribute's value, or null when it is not set.</summary>
    public JsonElement? Attribute(string name) => Get(Body, name);

    /// <summary>The nested blocks of that name (static ones and the content of dynamic ones).</summary>
    public IReadOnlyList<JsonElement> Blocks(string name) => NestedBlocks(Body, name);

    /// <summary>A string value as it is, any other value as its JSON text; null when unset.</summary>
    public static string? Text(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { } other => other.GetRawText(),
    };

    public static JsonElement? Get(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) ? value : null;

    public static IReadOnlyList<JsonElement> NestedBlocks(JsonElement body, string name)
    {
        var result = new List<JsonElement>();
        if (Get(body, name) is { ValueKind: JsonValueKind.Array } blocks)
        {
            result.AddRange(blocks.EnumerateArray().Where(b => b.ValueKind == JsonValueKind.Object));
        }

        if (Get(body, "dynamic") is { ValueKind: JsonValueKind.Object } dynamic && Get(dynamic, name) is { ValueKind: JsonValueKind.Array } generated)
        {
            foreach (var generator in generated.EnumerateArray())
            {
                if (Get(generator, "content") is { ValueKind: JsonValueKind.Array } content)
                {
                    result.AddRange(content.EnumerateArray());
                }
            }
        }

        return result;
    }
}
