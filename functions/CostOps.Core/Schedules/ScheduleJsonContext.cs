using System.Text.Json;
using System.Text.Json.Serialization;

namespace CostOps.Core.Schedules;

/// <summary>Unknown properties are errors so a misspelt field ("skipdates") is not silently ignored.</summary>
[JsonSourceGenerationOptions(
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ScheduleConfigurationDocument))]
internal sealed partial class ScheduleJsonContext : JsonSerializerContext
{
}
