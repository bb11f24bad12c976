using System.Text.Json;

namespace CostOps.Core.Targets;

/// <summary>Typed reads of a configuration document that add a problem (path, value, what is expected) instead of throwing.</summary>
internal static class Values
{
    public const string NotText = "(a string with an escape that is not valid Unicode text)";
    private const int MaxQuoted = 120;

    public static JsonElement? Get(JsonElement parent, string name)
    {
        // Duplicate names: the last one counts, as in most JSON readers.
        JsonElement? found = null;
        foreach (var property in parent.EnumerateObject())
        {
            if (NameOf(property) == name)
            {
                found = property.Value;
            }
        }

        return found;
    }

    public static string? String(JsonElement parent, string name, string path, Func<string?, string?> problem, List<string> problems, bool required)
    {
        var value = Get(parent, name);
        if (value is null && !required)
        {
            return null;
        }

        var text = value is { ValueKind: JsonValueKind.String } element ? TextOf(element) : null;
        if (problem(text) is { } expected)
        {
            problems.Add($"{path}: {Describe(value)}: expected {expected}");
            return null;
        }

        return text;
    }

    /// <summary>A list of <paramref name="min"/> to <paramref name="max"/> strings, each passing <paramref name="problem"/>; the valid ones are returned.</summary>
    public static List<string> StringList(JsonElement parent, string name, string path, int min, int max, Func<string?, string?> problem, List<string> problems)
    {
        var value = Get(parent, name);
        var items = new List<string>();
        if (value is not { ValueKind: JsonValueKind.Array } array)
        {
            problems.Add($"{path}: {Describe(value)}: expected a list of {min} to {max} values, each {problem(null)}");
            return items;
        }

        var count = array.GetArrayLength();
        if (count < min || count > max)
        {
            problems.Add($"{path}: a list of {count}: expected {min} to {max} values");
            return items;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? TextOf(item) : null;
            if (problem(text) is { } expected)
            {
                problems.Add($"{path}[{index}]: {Describe(item)}: expected {expected}");
            }
            else
            {
                items.Add(text!);
            }

            index++;
        }

        return items;
    }

    public static string Describe(JsonElement? value) => value switch
    {
        null => "(missing)",
        { ValueKind: JsonValueKind.String } element => TextOf(element) is { } text ? Quote(text) : NotText,
        { ValueKind: JsonValueKind.Object } => "(an object)",
        { ValueKind: JsonValueKind.Array } => "(a list)",
        { } element => Shorten(element.GetRawText()),
    };

    public static string Quote(string text) => "'" + Shorten(text) + "'";

    public static string? NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static string? TextOf(JsonElement element)
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

    private static string Shorten(string text) => text.Length <= MaxQuoted ? text : string.Concat(text.AsSpan(0, MaxQuoted), "…");
}
