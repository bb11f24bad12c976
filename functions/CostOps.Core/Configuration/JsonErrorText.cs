using System.Globalization;
using System.Text.Json;

namespace CostOps.Core.Configuration;

/// <summary>
/// Turns a <see cref="JsonException"/> from reading JSON a person wrote into their terms: the JSON path, the line and
/// character, and what was wrong. .NET type and member names in the exception's message never reach the person.
/// </summary>
public static class JsonErrorText
{
    private const string UnknownFieldStart = "The JSON property '";
    private const string UnknownFieldEnd = "' could not be mapped";

    /// <param name="error">The exception from deserializing.</param>
    /// <param name="expectedAt">What is expected at a JSON path such as <c>$.schedules.web.startLeadMinutes</c>, for people; null when unknown.</param>
    public static string Describe(JsonException error, Func<string, string?> expectedAt)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(expectedAt);
        var path = string.IsNullOrEmpty(error.Path) ? "$" : error.Path;
        var where = error.LineNumber is { } line && error.BytePositionInLine is { } column
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, character {column + 1})")
            : string.Empty;
        var message = error.Message;
        var start = message.IndexOf(UnknownFieldStart, StringComparison.Ordinal);
        var end = message.IndexOf(UnknownFieldEnd, StringComparison.Ordinal);
        if (start >= 0 && end > start)
        {
            var name = message[(start + UnknownFieldStart.Length)..end];
            var known = expectedAt(ParentOf(path, name)) is { } parent ? $": expected {parent}" : string.Empty;
            return $"{path}: unknown field '{name}'{where}{known}";
        }

        var expected = expectedAt(path) is { } e ? $": expected {e}" : string.Empty;
        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return $"{path}: a value of the wrong type, or a number out of range{where}{expected}";
        }

        var cut = message.IndexOf(" Path:", StringComparison.Ordinal) is var p and >= 0 ? p : message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (cut >= 0 ? message[..cut] : message).Trim();
        if (reason.StartsWith("Expected depth to be zero", StringComparison.Ordinal))
        {
            reason = "the text ends before every { and [ is closed";
        }

        if (reason.Contains("System.", StringComparison.Ordinal) || reason.Contains("CostOps.", StringComparison.Ordinal))
        {
            reason = "the JSON cannot be read here";
        }

        return $"{path}: not valid JSON: {reason.TrimEnd('.')}{where}{expected}";
    }

    private static string ParentOf(string path, string name) =>
        path.EndsWith("." + name, StringComparison.Ordinal) ? path[..^(name.Length + 1)] : path;
}
