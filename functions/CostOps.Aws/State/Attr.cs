using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace CostOps.Aws.State;

/// <summary>AttributeValue builders and readers: numbers and instants always in invariant, sortable form.</summary>
internal static class Attr
{
    public static AttributeValue S(string value) => new() { S = value };

    public static AttributeValue N(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue N(decimal value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue Bool(bool value) => new() { BOOL = value };

    /// <summary>UTC, fixed width, so that string order is time order (activity sort keys rely on it).</summary>
    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static AttributeValue Time(DateTimeOffset at) => S(Instant(at));

    public static void Put(Dictionary<string, AttributeValue> item, string name, string? value)
    {
        if (value is not null)
        {
            item[name] = S(value);
        }
    }

    public static void Put(Dictionary<string, AttributeValue> item, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            item[name] = Time(v);
        }
    }

    public static string Str(Dictionary<string, AttributeValue> item, string name) =>
        OptStr(item, name) ?? throw new InvalidDataException($"State item {Key(item)} has no string attribute '{name}'; the item was not written by CostOps or is corrupt.");

    public static string? OptStr(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var v) ? v.S : null;

    public static long Long(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var v) && v.N is { } n
            ? long.Parse(n, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : throw new InvalidDataException($"State item {Key(item)} has no number attribute '{name}'.");

    public static int Int(Dictionary<string, AttributeValue> item, string name) => checked((int)Long(item, name));

    public static decimal Dec(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var v) && v.N is { } n
            ? decimal.Parse(n, NumberStyles.Number, CultureInfo.InvariantCulture)
            : throw new InvalidDataException($"State item {Key(item)} has no number attribute '{name}'.");

    public static bool Flag(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var v) && v.BOOL == true;

    public static DateTimeOffset At(Dictionary<string, AttributeValue> item, string name) => Parse(Str(item, name));

    public static DateTimeOffset? OptAt(Dictionary<string, AttributeValue> item, string name) =>
        OptStr(item, name) is { } s ? Parse(s) : null;

    public static TEnum Enum<TEnum>(Dictionary<string, AttributeValue> item, string name)
        where TEnum : struct, Enum =>
        System.Enum.TryParse<TEnum>(Str(item, name), ignoreCase: false, out var value)
            ? value
            : throw new InvalidDataException($"State item {Key(item)} has an unknown {typeof(TEnum).Name} '{Str(item, name)}'.");

    private static DateTimeOffset Parse(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string Key(Dictionary<string, AttributeValue> item) =>
        item.TryGetValue("pk", out var pk) ? pk.S : "(no pk)";
}
