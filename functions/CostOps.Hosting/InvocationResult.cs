using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CostOps.Hosting;

/// <summary>
/// A handler's answer: the UTF-8 JSON body returned to the caller and whether the invocation succeeded.
/// A <see cref="Failed(JsonNode, string)"/> result still carries its body (e.g. which services failed),
/// but the host makes the invocation fail after logging it, so alarms, retries and the DLQ see the failure.
/// </summary>
public sealed class InvocationResult
{
    private readonly byte[] _utf8Json;

    private InvocationResult(byte[] utf8Json, string? failure)
    {
        _utf8Json = utf8Json;
        Failure = failure;
    }

    /// <summary>Why the invocation failed, for people; null when it succeeded.</summary>
    public string? Failure { get; }

    public bool IsFailure => Failure is not null;

    public ReadOnlyMemory<byte> Utf8Json => _utf8Json;

    public static InvocationResult Succeeded(JsonNode body) => new(Serialize(body), null);

    /// <summary>A body already serialized as UTF-8 JSON (checked to be one well-formed JSON value).</summary>
    public static InvocationResult Succeeded(ReadOnlyMemory<byte> utf8Json) => new(Checked(utf8Json), null);

    public static InvocationResult Failed(JsonNode body, string failure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(failure);
        return new InvocationResult(Serialize(body), failure);
    }

    public static InvocationResult Failed(ReadOnlyMemory<byte> utf8Json, string failure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(failure);
        return new InvocationResult(Checked(utf8Json), failure);
    }

    private static byte[] Serialize(JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            body.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Checked(ReadOnlyMemory<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json.Span);
        try
        {
            if (!JsonDocument.TryParseValue(ref reader, out var document))
            {
                throw new ArgumentException("the result is empty; expected one JSON value", nameof(utf8Json));
            }

            document.Dispose();
            if (reader.Read())
            {
                throw new ArgumentException("the result has text after its JSON value", nameof(utf8Json));
            }
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"the result is not valid JSON: {ex.Message}", nameof(utf8Json), ex);
        }

        return utf8Json.ToArray();
    }
}
