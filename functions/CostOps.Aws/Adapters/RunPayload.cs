using System.Text.Json;

namespace CostOps.Aws.Adapters;

/// <summary>
/// The scheduler's <c>run</c> command as it invokes itself: <c>{"command":"run"[,"account":…,"region":…],"dryRun":…[,"continuation":…]}</c>.
/// A continuation or worker run of a hub scheduler names its account-region; a single-account run names none.
/// </summary>
internal static class RunPayload
{
    public static byte[] Write(string? account, string? region, bool dryRun, string? continuation)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("command", "run");
            if (account is not null)
            {
                writer.WriteString("account", account);
                writer.WriteString("region", region);
            }

            writer.WriteBoolean("dryRun", dryRun);
            if (continuation is not null)
            {
                writer.WriteString("continuation", continuation);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
