using System.Text.Json;

namespace CostOps.Aws.Tests.EndToEnd;

/// <summary>Reads request members the way a JSON 1.1 service does: absent and null are the same.</summary>
internal static class FakeJson
{
    public static string? String(JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static int? Int(JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    public static bool? Bool(JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    public static List<string> Strings(JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(e => e.GetString() ?? "")]
            : [];

    public static string Required(JsonElement request, string name) =>
        String(request, name) ?? throw new FakeAwsError("InvalidParameterException", $"Missing required member '{name}'.");

    /// <summary>A page of <paramref name="items"/> from an opaque token; the next token when more remain.</summary>
    public static (List<T> Page, string? Next) Page<T>(IReadOnlyList<T> items, JsonElement request, int defaultSize, int cap)
    {
        var size = Int(request, "maxResults") ?? defaultSize;
        if (size is < 1 or > 100)
        {
            throw new FakeAwsError("InvalidParameterException", "maxResults must be between 1 and 100.");
        }

        var token = String(request, "nextToken");
        var start = 0;
        if (token is not null && (!token.StartsWith("page-", StringComparison.Ordinal) || !int.TryParse(token.AsSpan(5), out start)))
        {
            throw new FakeAwsError("InvalidParameterException", $"Invalid nextToken '{token}'.");
        }

        var take = Math.Min(size, cap);
        var page = items.Skip(start).Take(take).ToList();
        return (page, start + take < items.Count ? $"page-{start + take}" : null);
    }

    public static void WriteTags(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string> tags)
    {
        writer.WriteStartArray(name);
        foreach (var (key, value) in tags)
        {
            writer.WriteStartObject();
            writer.WriteString("key", key);
            writer.WriteString("value", value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
