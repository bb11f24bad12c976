using System.Text.Json;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>
/// The AWS provider's arguments and nested blocks for the types the module uses, extracted from
/// @cdktf/provider-aws (generated from the provider's own schema) by tests/terraform-tools/extract-aws-schema.js.
/// </summary>
public sealed class ProviderSchema(JsonElement root)
{
    public JsonElement Root { get; } = root;

    /// <summary>The schema of a resource (kind "resource") or data source (kind "data") type, or null when the provider has none.</summary>
    public JsonElement? Type(string kind, string type) =>
        Root.TryGetProperty(kind, out var types) && types.TryGetProperty(type, out var schema) ? schema : null;

    public static ProviderSchema Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new ProviderSchema(document.RootElement.Clone());
    }
}
