using System.Text;
using System.Text.Json;
using CostOps.Aws.Lambda;

namespace CostOps.Cli.SelfCheck;

/// <summary>What to tell a person when an invoked function failed: the error, where its logs are, and the log tail.</summary>
public static class FunctionFailure
{
    private const int TailLines = 12;

    /// <summary><c>/aws/lambda/NAME</c> for a name or a function ARN (with or without a qualifier).</summary>
    public static string LogGroup(string function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var parts = function.Split(':');
        var name = parts.Length >= 7 && parts[0] == "arn" ? parts[6] : parts[0];
        return "/aws/lambda/" + name;
    }

    /// <summary>The error the function returned: <c>errorType: errorMessage</c> from its payload, else the payload itself.</summary>
    public static string Error(InvokeResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = Encoding.UTF8.GetString(response.Payload.Span).Trim();
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errorMessage", out var message))
            {
                var type = root.TryGetProperty("errorType", out var t) ? t.ToString() + ": " : string.Empty;
                return type + message.ToString();
            }
        }
        catch (JsonException)
        {
            // Not JSON: show it as it came.
        }

        return text.Length == 0 ? $"{response.FunctionError} error with no message" : text;
    }

    /// <summary>The lines to print: what failed, the error, the log group, and the last log lines when Lambda sent them.</summary>
    public static IReadOnlyList<string> Describe(string what, string function, InvokeResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var lines = new List<string>
        {
            $"{what} failed: {Error(response)}",
            $"Look at the log group {LogGroup(function)} (CloudWatch Logs) for the whole run.",
        };
        if (!string.IsNullOrWhiteSpace(response.LogTail))
        {
            lines.Add("Last log lines:");
            lines.AddRange(response.LogTail.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(TailLines).Select(l => "  " + l.TrimEnd()));
        }

        return lines;
    }
}
