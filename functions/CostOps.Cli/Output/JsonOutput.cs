using System.Text.Json.Serialization.Metadata;

namespace CostOps.Cli.Output;

/// <summary>Writes one JSON document (source-generated serialization) to standard output.</summary>
public static class JsonOutput
{
    public static async Task WriteAsync<T>(TextWriter output, T value, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(value, type)).ConfigureAwait(false);
    }
}
