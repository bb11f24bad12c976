using System.Text;
using System.Text.Json.Nodes;
using CostOps.Hosting.Events;
using CsCheck;

namespace CostOps.Hosting.Tests.Events;

/// <summary>
/// Anyone allowed to invoke a function chooses its input: every input is an event, or an <see cref="InvalidEventException"/>
/// that names the field and quotes a readable part of the value. Nothing else is thrown.
/// </summary>
public sealed class EventParserPropertyTests
{
    private const string Marker = "@@costops-value@@";

    private static readonly string[] Fixtures = [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>Raw JSON values of every type, with extremes, escapes that do not make valid text, and long strings.</summary>
    private static readonly Gen<string> AnyValue = Gen.OneOf(
        Gen.OneOf("null", "true", "false", "0", "-1", "3.5", "1e400", "-1e400", "9223372036854775808", "-9223372036854775809", "[]", "{}",
            "[null]", "[1]", "[\"\"]", "\"\"", "\" \"", "\"\\ud800\"", "\"\\udc00x\"", "\"a\\u0000b\"", "\"run\"", "\"report\"", "\"check\"",
            "\"boundary\"", "\"tick\"", "\"aws.ecs\"", "\"aws.events\"", "\"Scheduled Event\"", "\"ECS Task State Change\"",
            "\"ECS Service Action\"", "\"costops.scheduler\"", "\"2026-W53\"", "\"2020-W53\"", "\"9999-W52\"", "\"0000-W01\"", "\"2026-W00\"",
            "\"0001-01-01T00:00:00+14:00\"", "\"9999-12-31T23:59:59-14:00\"", "\"2026-02-30T00:00:00Z\"", "\"not a time\"",
            "[\"\\ud800\"]", "{\"a\":{\"b\":[1,{\"c\":null}]}}", new string('[', 70) + new string(']', 70)),
        Gen.String.Select(s => System.Text.Json.JsonSerializer.Serialize(s)),
        Gen.Int[100, 5000].Select(n => "\"" + new string('x', n) + "\""));

    private static readonly Gen<string> ManualCommand =
        Gen.Select(AnyValue, AnyValue, AnyValue, AnyValue, AnyValue, Gen.Int[0, 31])
            .Select((command, dryRun, continuation, week, extra, present) =>
            {
                var fields = new[] { ("command", command), ("dryRun", dryRun), ("continuation", continuation), ("isoWeek", week), ("\\ud800", extra) };
                return "{" + string.Join(',', fields.Where((_, i) => (present & (1 << i)) != 0 || i == 0).Select(f => $"\"{f.Item1}\":{f.Item2}")) + "}";
            });

    /// <summary>Worker runs and wake-ups: account and region with any values, alone or together, on any command or payload.</summary>
    private static readonly Gen<string> TargetedRun =
        Gen.Select(Gen.OneOf("\"command\":\"run\"", "\"command\":\"report\"", "\"source\":\"costops.scheduler\",\"trigger\":\"boundary\",\"schedule\":\"s\""),
                Gen.OneOf(AnyValue, Gen.OneOf("\"111111111111\"", "\"11111111111\"", "\"1111111111111\"", "\"١١١١١١١١١١١١\"")),
                Gen.OneOf(AnyValue, Gen.OneOf("\"eu-west-1\"", "\"us-gov-west-1\"", "\"eu-west\"", "\"EU-WEST-1\"", "\"eu-west-1 \"")),
                Gen.Int[0, 3])
            .Select((head, account, region, present) =>
                "{" + head + ((present & 1) != 0 ? ",\"account\":" + account : string.Empty) + ((present & 2) != 0 ? ",\"region\":" + region : string.Empty) + "}");

    /// <summary>A real fixture with one value, anywhere in it, replaced or removed.</summary>
    private static readonly Gen<string> MutatedFixture =
        Gen.Select(Gen.Int[0, Fixtures.Length - 1], Gen.Int[0, 1000], Gen.Frequency((5, AnyValue), (1, Gen.Const((string)null!))))
            .Select((fixture, n, value) => Mutate(Fixtures[fixture], n, value));

    /// <summary>A real fixture cut short or with one byte changed.</summary>
    private static readonly Gen<byte[]> DamagedFixture =
        Gen.Select(Gen.Int[0, Fixtures.Length - 1], Gen.Int[0, 2000], Gen.Byte, Gen.Bool).Select((fixture, at, b, cut) =>
        {
            var bytes = Encoding.UTF8.GetBytes(Fixtures[fixture]);
            var index = at % bytes.Length;
            if (cut)
            {
                return bytes[..index];
            }

            bytes[index] = b;
            return bytes;
        });

    private static void AssertFailSafe(byte[] input)
    {
        try
        {
            var parsed = EventParser.Parse(input);
            Assert.True(Enum.IsDefined(parsed.Kind));
        }
        catch (InvalidEventException error)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Field));
            Assert.StartsWith($"Invalid input: {error.Field} = ", error.Message, StringComparison.Ordinal);
            Assert.InRange(error.Value.Length, 1, 260); // at most two quoted values of 120 characters
        }
    }

    private static void AssertFailSafe(string input) => AssertFailSafe(Encoding.UTF8.GetBytes(input));

    [Fact]
    public void Parse_ArbitraryBytes_EventOrInvalidEvent() => Gen.Byte.Array[0, 300].Sample(AssertFailSafe, iter: 10_000);

    [Fact]
    public void Parse_ArbitraryText_EventOrInvalidEvent() => Gen.String.Sample(AssertFailSafe, iter: 10_000);

    [Fact]
    public void Parse_ArbitraryJsonValues_EventOrInvalidEvent() => AnyValue.Sample(AssertFailSafe, iter: 5_000);

    [Fact]
    public void Parse_ManualCommandsWithAnyFieldValues_EventOrInvalidEvent() => ManualCommand.Sample(AssertFailSafe, iter: 10_000);

    [Fact]
    public void Parse_TargetedRunsWithAnyAccountAndRegion_EventWithValidTargetOrInvalidEvent() => TargetedRun.Sample(input =>
    {
        AssertFailSafe(input);
        try
        {
            var target = EventParser.Parse(Encoding.UTF8.GetBytes(input)) switch
            {
                Hosting.Events.ManualCommand m => m.Target,
                SchedulerPayload p => p.Target,
                _ => null,
            };
            Assert.True(target is null || (target.AccountId.Length == 12 && target.AccountId.All(char.IsAsciiDigit) && target.Region.Length <= 25));
        }
        catch (InvalidEventException)
        {
        }
    }, iter: 5_000);

    [Fact]
    public void Parse_FixtureWithOneValueReplacedOrRemoved_EventOrInvalidEvent() => MutatedFixture.Sample(AssertFailSafe, iter: 10_000);

    [Fact]
    public void Parse_DamagedFixture_EventOrInvalidEvent() => DamagedFixture.Sample(AssertFailSafe, iter: 10_000);

    /// <summary>Replaces (or, for null, removes) the n-th value of the document, counting every property and array item depth-first.</summary>
    private static string Mutate(string json, int n, string? value)
    {
        var root = JsonNode.Parse(json)!;
        var slots = new List<(JsonNode Parent, object Key)>();
        Collect(root, slots);
        var (parent, key) = slots[n % slots.Count];
        if (parent is JsonObject obj)
        {
            if (value is null)
            {
                obj.Remove((string)key);
            }
            else
            {
                obj[(string)key] = Marker;
            }
        }
        else if (parent is JsonArray array)
        {
            if (value is null)
            {
                array.RemoveAt((int)key);
            }
            else
            {
                array[(int)key] = Marker;
            }
        }

        return root.ToJsonString().Replace($"\"{Marker}\"", value, StringComparison.Ordinal);
    }

    private static void Collect(JsonNode node, List<(JsonNode Parent, object Key)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    slots.Add((obj, key));
                    if (child is not null)
                    {
                        Collect(child, slots);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    slots.Add((array, i));
                    if (array[i] is { } child)
                    {
                        Collect(child, slots);
                    }
                }

                break;
        }
    }
}
