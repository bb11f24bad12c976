using Amazon.DynamoDBv2.Model;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Spot;

namespace CostOps.Aws.State;

/// <summary>Maps a service's <see cref="SpotState"/> to the <c>spot</c> map attribute of its <c>svc#</c> state item and back.</summary>
internal static class SpotStateItem
{
    public const string Attribute = "spot";

    public static AttributeValue ToAttribute(SpotState s)
    {
        var m = new Dictionary<string, AttributeValue>
        {
            ["mode"] = Attr.S(s.Mode.ToString()),
            ["wanted"] = Strategy(s.Wanted),
            ["cooldownSeconds"] = Attr.N((long)s.Cooldown.TotalSeconds),
            ["interruptions"] = new AttributeValue
            {
                L = [.. s.Interruptions.Select(i => new AttributeValue { M = new() { ["task"] = Attr.S(i.TaskArn), ["at"] = Attr.Time(i.At) } })],
            },
            ["seen"] = new AttributeValue
            {
                L = [.. s.Seen.Select(e => new AttributeValue { M = new() { ["id"] = Attr.S(e.Id), ["at"] = Attr.Time(e.At) } })],
            },
        };
        Attr.Put(m, "fallbackAt", s.FallbackAt);
        Attr.Put(m, "fallbackReason", s.FallbackReason);
        Attr.Put(m, "returnedAt", s.ReturnedAt);
        Attr.Put(m, "lastError", s.LastError);
        return new AttributeValue { M = m };
    }

    public static SpotState? FromItem(Dictionary<string, AttributeValue> item)
    {
        if (!item.TryGetValue(Attribute, out var value) || value.M is not { Count: > 0 } m)
        {
            return null;
        }

        return new SpotState(
            Attr.Enum<SpotMode>(m, "mode"),
            m.TryGetValue("wanted", out var w) && w.L is { } wanted
                ? [.. wanted.Select(c => new CapacityProviderItem(Attr.Str(c.M, "provider"), Attr.Int(c.M, "weight"), Attr.Int(c.M, "base")))]
                : [],
            TimeSpan.FromSeconds(Attr.Long(m, "cooldownSeconds")),
            Attr.OptAt(m, "fallbackAt"),
            Attr.OptStr(m, "fallbackReason"),
            Attr.OptAt(m, "returnedAt"),
            m.TryGetValue("interruptions", out var i) && i.L is { } interruptions
                ? [.. interruptions.Select(x => new SpotInterruption(Attr.Str(x.M, "task"), Attr.At(x.M, "at")))]
                : [],
            m.TryGetValue("seen", out var e) && e.L is { } seen
                ? [.. seen.Select(x => new SeenEvent(Attr.Str(x.M, "id"), Attr.At(x.M, "at")))]
                : [],
            Attr.OptStr(m, "lastError"));
    }

    private static AttributeValue Strategy(IReadOnlyList<CapacityProviderItem> items) => new()
    {
        L = [.. items.Select(c => new AttributeValue
        {
            M = new() { ["provider"] = Attr.S(c.Provider), ["weight"] = Attr.N(c.Weight), ["base"] = Attr.N(c.Base) },
        })],
    };
}
