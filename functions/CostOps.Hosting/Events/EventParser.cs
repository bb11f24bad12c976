using System.Text;
using System.Text.Json;

namespace CostOps.Hosting.Events;

/// <summary>
/// Reads one Lambda input and classifies it. EventBridge envelopes are recognised by <c>source</c> and
/// <c>detail-type</c>; a CostOps scheduler payload by <c>source = costops.scheduler</c>; a manual invoke by
/// <c>command</c>. Unknown extra properties are ignored, as AWS may add fields to its events.
/// </summary>
public static class EventParser
{
    private const string Envelope = "an EventBridge event (Scheduled Event, ECS Service Action, ECS Task State Change), "
        + "an HTTP request from a load balancer or function URL, a CostOps scheduler payload {\"source\":\"costops.scheduler\",…} or a manual command {\"command\":\"run\"|\"report\"|\"check\",…}";

    public static async Task<InvocationEvent> ParseAsync(Stream input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Parse(buffer.ToArray());
    }

    public static InvocationEvent Parse(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new InvalidEventException("input", "(empty)", Envelope);
        }

        // JsonDocument checks the JSON grammar but not that the bytes inside strings are UTF-8; reading such a string would throw later.
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json.Span))
        {
            throw new InvalidEventException("input", JsonFields.Quote(Encoding.UTF8.GetString(utf8Json.Span)), "UTF-8 text (the input has bytes that are not UTF-8)");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException ex)
        {
            var text = JsonFields.Quote(Encoding.UTF8.GetString(utf8Json.Span));
            throw new InvalidEventException("input", text, $"JSON ({ex.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidEventException("input", JsonFields.Describe(root), "a JSON object: " + Envelope);
            }

            return Classify(root);
        }
    }

    private static InvocationEvent Classify(JsonElement root)
    {
        if (root.TryGetProperty("detail-type", out _))
        {
            return EventBridgeEvents.Parse(root);
        }

        if (root.TryGetProperty("requestContext", out _))
        {
            return HttpEvents.Parse(root);
        }

        if (root.TryGetProperty("command", out _))
        {
            return ManualCommands.Parse(root);
        }

        if (JsonFields.Get(root, "source") is { ValueKind: JsonValueKind.String } source && JsonFields.TryText(source) == SchedulerPayload.Source)
        {
            return ParseSchedulerPayload(root);
        }

        throw new InvalidEventException("input", JsonFields.Shorten(root.GetRawText()), Envelope);
    }

    private static SchedulerPayload ParseSchedulerPayload(JsonElement root)
    {
        var trigger = JsonFields.RequiredString(root, string.Empty, "trigger", "'boundary' or 'tick'") switch
        {
            "boundary" => SchedulerTrigger.Boundary,
            "tick" => SchedulerTrigger.Tick,
            var other => throw new InvalidEventException("trigger", JsonFields.Quote(other), "'boundary' or 'tick'"),
        };
        var schedule = JsonFields.RequiredString(root, string.Empty, "schedule", "the schedule's name, a non-empty string");
        return new SchedulerPayload(trigger, schedule) { Target = EventTarget.Read(root) };
    }
}
