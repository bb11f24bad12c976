using System.Text.Json;
using CostOps.Core.Wake;

namespace CostOps.Wake;

/// <summary>The function URL's body: <c>{"cluster":"dev","service":"web","for":"3h"}</c> (<c>for</c> optional). Never throws.</summary>
internal sealed record WakeRequestBody(string? Cluster, string? Service, TimeSpan? For, HttpAnswer? Problem)
{
    private const int MaxNameLength = 255;

    public static WakeRequestBody Parse(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return Fail("body", Shorten(body), "a JSON object {\"cluster\",\"service\",\"for\"}", $"body is not JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail("body", Shorten(body), "a JSON object {\"cluster\",\"service\",\"for\"}", "body is not a JSON object");
            }

            if (Name(root, "cluster") is { Problem: { } clusterProblem })
            {
                return new(null, null, null, clusterProblem);
            }

            if (Name(root, "service") is { Problem: { } serviceProblem })
            {
                return new(null, null, null, serviceProblem);
            }

            TimeSpan? duration = null;
            if (root.TryGetProperty("for", out var forValue) && forValue.ValueKind != JsonValueKind.Null)
            {
                var text = forValue.ValueKind == JsonValueKind.String ? Text(forValue) : forValue.GetRawText();
                if (forValue.ValueKind != JsonValueKind.String || !WakeDuration.TryParse(text, out var parsed))
                {
                    return Fail("for", text, WakeDuration.Expected, "'for' is not a length");
                }

                duration = parsed;
            }

            return new(Name(root, "cluster").Value, Name(root, "service").Value, duration, null);
        }
    }

    private static (string? Value, HttpAnswer? Problem) Name(JsonElement root, string field)
    {
        var expected = $"the ECS {field} name, 1 to {MaxNameLength} letters, digits, hyphens and underscores";
        if (!root.TryGetProperty(field, out var value))
        {
            return (null, HttpAnswer.Error(400, field, null, expected, $"'{field}' is missing"));
        }

        var text = value.ValueKind == JsonValueKind.String ? Text(value) : value.GetRawText();
        if (value.ValueKind != JsonValueKind.String || text is null || text.Length is 0 or > MaxNameLength
            || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return (null, HttpAnswer.Error(400, field, text is null ? null : Shorten(text), expected, $"'{field}' is not a {field} name"));
        }

        return (text, null);
    }

    private static string? Text(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static WakeRequestBody Fail(string field, string? value, string expected, string message) =>
        new(null, null, null, HttpAnswer.Error(400, field, value, expected, message));

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
