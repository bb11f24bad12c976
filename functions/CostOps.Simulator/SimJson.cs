using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CostOps.Simulator;

/// <summary>Reads requests and writes answers with the access layer's source-generated wire types.</summary>
internal static class SimJson
{
    public static T Read<T>(byte[] body, JsonTypeInfo<T> type, string validationError)
    {
        try
        {
            return JsonSerializer.Deserialize(body.Length == 0 ? "{}"u8.ToArray() : body, type)
                ?? throw new SimulatorError(validationError, "The request body is null.");
        }
        catch (JsonException ex)
        {
            throw new SimulatorError(validationError, $"The request does not match {typeof(T).Name}: {ex.Message}");
        }
    }

    public static byte[] Write<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    /// <summary>A page of <paramref name="items"/> from an opaque token; the next token when more remain.</summary>
    public static (List<T> Page, string? Next) Page<T>(IReadOnlyList<T> items, int? maxResults, string? token, int defaultSize, int cap, string error)
    {
        var size = maxResults ?? defaultSize;
        if (size is < 1 or > 100)
        {
            throw new SimulatorError(error, "maxResults must be between 1 and 100.");
        }

        var start = 0;
        if (token is not null && (!token.StartsWith("page-", StringComparison.Ordinal) || !int.TryParse(token.AsSpan(5), out start)))
        {
            throw new SimulatorError(error, $"Invalid nextToken '{token}'.");
        }

        var take = Math.Min(size, cap);
        var page = items.Skip(start).Take(take).ToList();
        return (page, start + take < items.Count ? $"page-{start + take}" : null);
    }
}
