using System.Globalization;
using System.Text.Json;

namespace CostOps.Hosting.Events;

/// <summary>Typed reads of event fields that fail with an <see cref="InvalidEventException"/> naming the field path.</summary>
internal static class JsonFields
{
    private const int MaxQuotedLength = 120;

    public static JsonElement RequiredObject(JsonElement parent, string path, string name)
    {
        var value = Get(parent, name);
        if (value is not { } element || element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidEventException(Join(path, name), Describe(value), "a JSON object");
        }

        return element;
    }

    public static string RequiredString(JsonElement parent, string path, string name, string expected = "a non-empty string")
    {
        var value = Get(parent, name);
        if (value is not { ValueKind: JsonValueKind.String } element || Text(element, Join(path, name), expected) is not { Length: > 0 } text)
        {
            throw new InvalidEventException(Join(path, name), Describe(value), expected);
        }

        return text;
    }

    public static string? OptionalString(JsonElement parent, string path, string name)
    {
        var value = Get(parent, name);
        return value switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.String } element => Text(element, Join(path, name), "a string"),
            _ => throw new InvalidEventException(Join(path, name), Describe(value), "a string"),
        };
    }

    public static bool OptionalBool(JsonElement parent, string path, string name, bool fallback)
    {
        var value = Get(parent, name);
        return value switch
        {
            null or { ValueKind: JsonValueKind.Null } => fallback,
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            _ => throw new InvalidEventException(Join(path, name), Describe(value), "true or false"),
        };
    }

    public static long? OptionalWholeNumber(JsonElement parent, string path, string name)
    {
        var value = Get(parent, name);
        return value switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.Number } element when element.TryGetInt64(out var number) && number >= 0 => number,
            _ => throw new InvalidEventException(Join(path, name), Describe(value), "a whole number of zero or more"),
        };
    }

    public static DateTimeOffset? OptionalTimestamp(JsonElement parent, string path, string name)
    {
        var text = OptionalString(parent, path, name);
        if (text is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            throw new InvalidEventException(Join(path, name), Quote(text), "an ISO-8601 timestamp such as 2026-11-16T07:00:00Z");
        }

        return at;
    }

    public static DateTimeOffset RequiredTimestamp(JsonElement parent, string path, string name) =>
        OptionalTimestamp(parent, path, name)
        ?? throw new InvalidEventException(Join(path, name), "(missing)", "an ISO-8601 timestamp such as 2026-11-16T07:00:00Z");

    public static IReadOnlyList<string> StringArray(JsonElement parent, string path, string name)
    {
        var value = Get(parent, name);
        if (value is null || value.Value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidEventException(Join(path, name), Describe(value), "an array of strings");
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in value.Value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw new InvalidEventException($"{Join(path, name)}[{index}]", Describe(item), "a string");
            }

            items.Add(Text(item, $"{Join(path, name)}[{index}]", "a string"));
            index++;
        }

        return items;
    }

    public static JsonElement? Get(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? value : null;

    public static string Describe(JsonElement? value) => value switch
    {
        null => "(missing)",
        { ValueKind: JsonValueKind.String } element => TryText(element) is { } text ? Quote(text) : NotText,
        { ValueKind: JsonValueKind.Object } => "(an object)",
        { ValueKind: JsonValueKind.Array } => "(an array)",
        { } element => Shorten(element.GetRawText()),
    };

    /// <summary>
    /// The string's text. JSON escapes can spell a lone half of a surrogate pair (<c>"\ud800"</c>), which is no text at all;
    /// such a value is rejected naming the field instead of failing the read.
    /// </summary>
    public static string Text(JsonElement element, string field, string expected) =>
        TryText(element) ?? throw new InvalidEventException(field, NotText, expected);

    public static string Quote(string text) => "'" + Shorten(text) + "'";

    public static string Shorten(string text) =>
        text.Length <= MaxQuotedLength ? text : string.Concat(text.AsSpan(0, MaxQuotedLength), "…");

    private const string NotText = "(a string with an escape that is not valid Unicode text, such as a lone \\ud800)";

    /// <summary>The string's text, or null when its escapes spell no valid text.</summary>
    public static string? TryText(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
