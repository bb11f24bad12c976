using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CostOps.Cli.Invoke;

/// <summary>What one local invocation gave: the error if it failed, the result body and the log lines (JSON lines).</summary>
public sealed record InvokeOutcome(string Function, string Target, string? Error, byte[]? Result, IReadOnlyList<string> LogLines)
{
    /// <summary>The result as JSON, or null when there is none or it is not JSON.</summary>
    public JsonNode? ResultNode() => Result is null ? null : Parse(Encoding.UTF8.GetString(Result));

    /// <summary><c>{"function","target","succeeded","error","result","logs":[…]}</c>; a log line that is not JSON is kept as a string.</summary>
    public JsonObject ToJson()
    {
        var logs = new JsonArray();
        foreach (var line in LogLines)
        {
            logs.Add(Parse(line) ?? JsonValue.Create(line));
        }

        return new JsonObject
        {
            ["function"] = Function,
            ["target"] = Target,
            ["succeeded"] = Error is null,
            ["error"] = Error,
            ["result"] = ResultNode() ?? (Result is null ? null : JsonValue.Create(Encoding.UTF8.GetString(Result))),
            ["logs"] = logs,
        };
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
