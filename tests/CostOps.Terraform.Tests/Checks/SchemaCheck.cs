using System.Text.Json;
using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>
/// Every resource and data source type exists in the provider, every argument and nested block name
/// exists there, and every required argument and block is present.
/// </summary>
public static class SchemaCheck
{
    private static readonly HashSet<string> MetaArguments = ["count", "for_each", "provider", "depends_on", "lifecycle", "dynamic"];

    public static IReadOnlyList<string> Problems(TerraformConfiguration configuration, ProviderSchema schema)
    {
        var problems = new List<string>();
        foreach (var block in configuration.Resources.Concat(configuration.DataSources))
        {
            if (schema.Type(block.Kind, block.Type) is not { } type)
            {
                problems.Add($"{block.Address} ({block.File}): the AWS provider has no {block.Kind} type {block.Type} (or it is missing from the extracted schema: run make terraform-schema)");
                continue;
            }

            CheckBody(block.Address, block.Body, type, topLevel: true, problems);
        }

        return problems;
    }

    private static void CheckBody(string where, JsonElement body, JsonElement schema, bool topLevel, List<string> problems)
    {
        var attributes = schema.GetProperty("attributes");
        var blocks = schema.GetProperty("blocks");
        foreach (var property in body.EnumerateObject())
        {
            if (topLevel && MetaArguments.Contains(property.Name))
            {
                continue;
            }

            if (!topLevel && property.Name == "dynamic")
            {
                continue;
            }

            if (attributes.TryGetProperty(property.Name, out _))
            {
                continue;
            }

            if (blocks.TryGetProperty(property.Name, out var nested) && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in property.Value.EnumerateArray())
                {
                    CheckBody($"{where}.{property.Name}", item, nested, topLevel: false, problems);
                }

                continue;
            }

            problems.Add(blocks.TryGetProperty(property.Name, out _)
                ? $"{where}: {property.Name} is a nested block in the AWS provider, not an argument: write {property.Name} {{ ... }}"
                : $"{where}: the AWS provider has no argument or block named {property.Name}");
        }

        if (HclBlock.Get(body, "dynamic") is { ValueKind: JsonValueKind.Object } dynamic)
        {
            foreach (var generated in dynamic.EnumerateObject())
            {
                if (!blocks.TryGetProperty(generated.Name, out var nested))
                {
                    problems.Add($"{where}: dynamic \"{generated.Name}\" generates a block the AWS provider does not have");
                    continue;
                }

                foreach (var generator in generated.Value.EnumerateArray())
                {
                    foreach (var content in HclBlock.NestedBlocks(generator, "content"))
                    {
                        CheckBody($"{where}.{generated.Name}", content, nested, topLevel: false, problems);
                    }
                }
            }
        }

        foreach (var attribute in attributes.EnumerateObject().Where(a => a.Value.GetProperty("required").GetBoolean()))
        {
            if (HclBlock.Get(body, attribute.Name) is null)
            {
                problems.Add($"{where}: the required argument {attribute.Name} is missing");
            }
        }

        foreach (var block in blocks.EnumerateObject().Where(b => b.Value.GetProperty("required").GetBoolean()))
        {
            if (HclBlock.NestedBlocks(body, block.Name).Count == 0)
            {
                problems.Add($"{where}: the required block {block.Name} is missing");
            }
        }
    }
}
