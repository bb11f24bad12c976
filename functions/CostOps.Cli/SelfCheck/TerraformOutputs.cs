using System.Text.Json;

namespace CostOps.Cli.SelfCheck;

/// <summary>The string outputs of <c>terraform output -json</c>: <c>{"name":{"value":"…","type":"string",…}}</c>.</summary>
public static class TerraformOutputs
{
    public const string Scheduler = "scheduler_function_name";
    public const string Report = "cost_report_function_name";
    public const string Topic = "topic_arn";
    public const string Dashboard = "dashboard_url";

    /// <exception cref="FormatException">The text is not the JSON object terraform output -json prints.</exception>
    public static IReadOnlyDictionary<string, string> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"terraform output -json did not print JSON ({ex.Message})", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("terraform output -json did not print a JSON object");
            }

            var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var output in document.RootElement.EnumerateObject())
            {
                if (output.Value.ValueKind == JsonValueKind.Object
                    && output.Value.TryGetProperty("value", out var value)
                    && value.ValueKind == JsonValueKind.String)
                {
                    outputs[output.Name] = value.GetString()!;
                }
            }

            return outputs;
        }
    }
}
