using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CostOps.Aws.Tests.Contracts;

/// <summary>
/// Checks a JSON document against a shape of an AWS JSON-protocol model: unknown and missing required
/// members, JSON types, enum values, length and range limits, patterns, list and map elements.
/// Members bound to headers, the URI, the query string or the status code are not part of a body.
/// </summary>
internal sealed class ShapeValidator(ServiceModel model)
{
    public IReadOnlyList<string> Validate(string shapeName, JsonElement value)
    {
        var errors = new List<string>();
        Check(shapeName, value, "$", errors);
        return errors;
    }

    private void Check(string shapeName, JsonElement value, string path, List<string> errors)
    {
        var shape = model.Shape(shapeName);
        var type = shape.GetProperty("type").GetString();
        switch (type)
        {
            case "structure": CheckStructure(shapeName, shape, value, path, errors); break;
            case "list": CheckList(shape, value, path, errors); break;
            case "map": CheckMap(shape, value, path, errors); break;
            case "string": CheckString(shapeName, shape, value, path, errors); break;
            case "integer" or "long": CheckInteger(shapeName, shape, value, path, errors, type == "integer"); break;
            case "double" or "float": Expect(value, JsonValueKind.Number, shapeName, path, errors); break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add($"{path}: expected a boolean ({shapeName}), found {value.ValueKind}");
                }

                break;
            case "timestamp":
                var iso = shape.TryGetProperty("timestampFormat", out var format) && format.GetString() == "iso8601";
                Expect(value, iso ? JsonValueKind.String : JsonValueKind.Number, $"{shapeName}, timestamp as {(iso ? "ISO 8601" : "epoch seconds")}", path, errors);
                break;
            case "blob": Expect(value, JsonValueKind.String, $"{shapeName}, base64", path, errors); break;
            default: errors.Add($"{path}: shape {shapeName} has type {type}, which this validator does not know"); break;
        }
    }

    private void CheckStructure(string shapeName, JsonElement shape, JsonElement value, string path, List<string> errors)
    {
        if (!Expect(value, JsonValueKind.Object, shapeName, path, errors))
        {
            return;
        }

        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        var outsideBody = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in shape.GetProperty("members").EnumerateObject())
        {
            if (member.Value.TryGetProperty("location", out _))
            {
                outsideBody.Add(member.Name);
                continue;
            }

            var wireName = member.Value.TryGetProperty("locationName", out var locationName) ? locationName.GetString()! : member.Name;
            members[wireName] = member.Value.GetProperty("shape").GetString()!;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (!members.TryGetValue(property.Name, out var memberShape))
            {
                errors.Add($"{path}: unknown member '{property.Name}' for {shapeName} (members: {string.Join(", ", members.Keys)})");
            }
            else if (property.Value.ValueKind != JsonValueKind.Null)
            {
                Check(memberShape, property.Value, $"{path}.{property.Name}", errors);
            }
        }

        if (shape.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !outsideBody.Contains(n)))
            {
                if (!value.TryGetProperty(name, out var present) || present.ValueKind == JsonValueKind.Null)
                {
                    errors.Add($"{path}: required member '{name}' of {shapeName} is missing");
                }
            }
        }
    }

    private void CheckList(JsonElement shape, JsonElement value, string path, List<string> errors)
    {
        if (!Expect(value, JsonValueKind.Array, "list", path, errors))
        {
            return;
        }

        CheckRange(shape, value.GetArrayLength(), "elements", path, errors);
        var memberShape = shape.GetProperty("member").GetProperty("shape").GetString()!;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            Check(memberShape, item, $"{path}[{index++}]", errors);
        }
    }

    private void CheckMap(JsonElement shape, JsonElement value, string path, List<string> errors)
    {
        if (!Expect(value, JsonValueKind.Object, "map", path, errors))
        {
            return;
        }

        var keyShape = shape.GetProperty("key").GetProperty("shape").GetString()!;
        var valueShape = shape.GetProperty("value").GetProperty("shape").GetString()!;
        foreach (var entry in value.EnumerateObject())
        {
            CheckText(keyShape, model.Shape(keyShape), entry.Name, $"{path}<key {entry.Name}>", errors);
            Check(valueShape, entry.Value, $"{path}[\"{entry.Name}\"]", errors);
        }
    }

    private static void CheckString(string shapeName, JsonElement shape, JsonElement value, string path, List<string> errors)
    {
        if (!Expect(value, JsonValueKind.String, shapeName, path, errors))
        {
            return;
        }

        CheckText(shapeName, shape, value.GetString()!, path, errors);
    }

    private static void CheckText(string shapeName, JsonElement shape, string text, string path, List<string> errors)
    {
        if (shape.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetString() == text))
        {
            errors.Add($"{path}: '{text}' is not a value of enum {shapeName} ({string.Join(", ", values.EnumerateArray().Select(v => v.GetString()))})");
        }

        CheckRange(shape, text.Length, "characters", path, errors);
        if (shape.TryGetProperty("pattern", out var pattern) && TryRegex(pattern.GetString()!) is { } regex && !regex.IsMatch(text))
        {
            errors.Add($"{path}: '{text}' does not match the pattern of {shapeName}: {pattern.GetString()}");
        }
    }

    private static void CheckInteger(string shapeName, JsonElement shape, JsonElement value, string path, List<string> errors, bool is32Bit)
    {
        if (!Expect(value, JsonValueKind.Number, shapeName, path, errors))
        {
            return;
        }

        if (!value.TryGetInt64(out var number) || (is32Bit && number is < int.MinValue or > int.MaxValue))
        {
            errors.Add($"{path}: {value.GetRawText()} is not a whole {(is32Bit ? "32" : "64")}-bit number ({shapeName})");
            return;
        }

        CheckRange(shape, number, "as value", path, errors);
    }

    private static void CheckRange(JsonElement shape, long actual, string unit, string path, List<string> errors)
    {
        if (shape.TryGetProperty("min", out var min) && actual < min.GetInt64())
        {
            errors.Add($"{path}: {actual} {unit} is below the minimum {min.GetInt64()}");
        }

        if (shape.TryGetProperty("max", out var max) && actual > max.GetInt64())
        {
            errors.Add($"{path}: {actual} {unit} is above the maximum {max.GetInt64()}");
        }
    }

    private static bool Expect(JsonElement value, JsonValueKind kind, string what, string path, List<string> errors)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        errors.Add($"{path}: expected JSON {kind} ({what}), found {value.ValueKind} {value.GetRawText()}");
        return false;
    }

    /// <summary>Model patterns are Java/ECMA regular expressions matched anywhere in the value; ones .NET cannot parse are skipped.</summary>
    private static Regex? TryRegex(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
