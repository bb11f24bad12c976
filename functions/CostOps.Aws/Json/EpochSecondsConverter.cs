using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CostOps.Aws.Json;

/// <summary>
/// JSON 1.1 timestamps: epoch seconds as a number, possibly fractional or in exponent form
/// (ECS answers <c>1.58364212E9</c>). ISO 8601 strings are also read, for emulators that send them.
/// Written back as seconds with millisecond precision.
/// </summary>
public sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            var seconds = reader.GetDouble();
            if (double.IsNaN(seconds) || Math.Abs(seconds) > 253_402_300_799d)
            {
                throw new JsonException($"Timestamp {seconds} (epoch seconds) is outside the range of dates.");
            }

            return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000d, MidpointRounding.AwayFromZero));
        }

        if (reader.TokenType == JsonTokenType.String
            && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.ToUniversalTime();
        }

        throw new JsonException($"Expected a timestamp as epoch seconds (a JSON number), found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.ToUnixTimeMilliseconds() / 1000m);
    }
}
