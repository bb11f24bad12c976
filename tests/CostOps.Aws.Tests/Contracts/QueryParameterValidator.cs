using System.Globalization;
using System.Text.Json;

namespace CostOps.Aws.Tests.Contracts;

/// <summary>
/// Checks Query-protocol form parameters against an operation's input shape: every dotted name must
/// walk the shape tree (structure members; non-flattened lists as <c>member.N</c>; non-flattened maps
/// as <c>entry.N.{key name}</c> / <c>entry.N.{value name}</c>, names from the map's locationName, default
/// key/value), scalars must parse as their type, and required members must be present.
/// </summary>
internal sealed class QueryParameterValidator(ServiceModel model)
{
    public IReadOnlyList<string> Validate(string inputShape, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var errors = new List<string>();
        var structures = new Dictionary<string, (string Shape, HashSet<string> Present)>(StringComparer.Ordinal) { [string.Empty] = (inputShape, []) };
        foreach (var (name, value) in parameters)
        {
            Walk(inputShape, name.Split('.'), 0, string.Empty, name, value, structures, errors);
        }

        foreach (var (prefix, (shapeName, present)) in structures)
        {
            if (model.Shape(shapeName).TryGetProperty("required", out var required))
            {
                foreach (var member in required.EnumerateArray().Select(r => r.GetString()!).Where(m => !present.Contains(m)))
                {
                    errors.Add($"{(prefix.Length == 0 ? "(top level)" : prefix)}: required member '{member}' of {shapeName} is missing");
                }
            }
        }

        return errors;
    }

    private void Walk(string shapeName, string[] parts, int at, string prefix, string name, string value, Dictionary<string, (string Shape, HashSet<string> Present)> structures, List<string> errors)
    {
        var shape = model.Shape(shapeName);
        var type = shape.GetProperty("type").GetString();
        if (type is "structure")
        {
            if (at >= parts.Length)
            {
                errors.Add($"{name}: {shapeName} is a structure and cannot take a value");
                return;
            }

            var member = shape.GetProperty("members").EnumerateObject()
                .FirstOrDefault(m => (m.Value.TryGetProperty("locationName", out var ln) ? ln.GetString() : m.Name) == parts[at]);
            if (member.Value.ValueKind == JsonValueKind.Undefined)
            {
                errors.Add($"{name}: '{parts[at]}' is not a member of {shapeName}");
                return;
            }

            if (!structures.TryGetValue(prefix, out var entry))
            {
                entry = (shapeName, []);
                structures[prefix] = entry;
            }

            entry.Present.Add(member.Name);
            Walk(member.Value.GetProperty("shape").GetString()!, parts, at + 1, Join(prefix, parts[at]), name, value, structures, errors);
            return;
        }

        if (type is "map" or "list")
        {
            var marker = type == "map" ? "entry" : "member";
            if (shape.TryGetProperty("flattened", out _) || at + 1 >= parts.Length || parts[at] != marker
                || !int.TryParse(parts[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1)
            {
                errors.Add($"{name}: {shapeName} expects '{marker}.N' (N from 1) at '{string.Join('.', parts.Skip(at))}'");
                return;
            }

            var itemPrefix = Join(prefix, $"{marker}.{index}");
            if (type == "list")
            {
                Walk(shape.GetProperty("member").GetProperty("shape").GetString()!, parts, at + 2, itemPrefix, name, value, structures, errors);
                return;
            }

            var keyName = LocationName(shape.GetProperty("key"), "key");
            var valueName = LocationName(shape.GetProperty("value"), "value");
            if (!structures.ContainsKey(itemPrefix))
            {
                structures[itemPrefix] = (shapeName, []);
            }

            var part = at + 2 < parts.Length ? parts[at + 2] : string.Empty;
            if (part == keyName && at + 3 == parts.Length)
            {
                CheckScalar(shape.GetProperty("key").GetProperty("shape").GetString()!, name, value, errors);
            }
            else if (part == valueName)
            {
                Walk(shape.GetProperty("value").GetProperty("shape").GetString()!, parts, at + 3, Join(itemPrefix, valueName), name, value, structures, errors);
            }
            else
            {
                errors.Add($"{name}: map {shapeName} entries take '{keyName}' and '{valueName}', not '{part}'");
            }

            return;
        }

        if (at != parts.Length)
        {
            errors.Add($"{name}: {shapeName} is a {type} and has no member '{parts[at]}'");
            return;
        }

        CheckScalar(shapeName, name, value, errors);
    }

    private void CheckScalar(string shapeName, string name, string value, List<string> errors)
    {
        var shape = model.Shape(shapeName);
        var ok = shape.GetProperty("type").GetString() switch
        {
            "string" => !shape.TryGetProperty("enum", out var values) || values.EnumerateArray().Any(v => v.GetString() == value),
            "integer" or "long" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "boolean" => value is "true" or "false",
            "blob" => true,
            var other => other is "double" or "float" ? double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) : true,
        };
        if (!ok)
        {
            errors.Add($"{name}: '{value}' is not a valid {shapeName}");
        }
    }

    private static string LocationName(JsonElement reference, string fallback) =>
        reference.TryGetProperty("locationName", out var name) ? name.GetString()! : fallback;

    private static string Join(string prefix, string part) => prefix.Length == 0 ? part : $"{prefix}.{part}";
}
