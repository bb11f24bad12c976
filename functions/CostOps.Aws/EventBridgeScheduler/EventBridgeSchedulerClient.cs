using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using CostOps.Aws.Http;
using CostOps.Aws.Json;

namespace CostOps.Aws.EventBridgeScheduler;

/// <summary>EventBridge Scheduler over REST-JSON: <c>GET|POST|PUT /schedules/{Name}</c>; signing, retries and errors are the transport's.</summary>
public sealed partial class EventBridgeSchedulerClient(IAwsTransport transport) : IEventBridgeSchedulerClient
{
    private const int MaxNameLength = 64;
    private static readonly KeyValuePair<string, string>[] JsonBody = [new("content-type", "application/json")];
    private readonly IAwsTransport _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    public async Task<GetScheduleResponse> GetScheduleAsync(GetScheduleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckName("GetSchedule", "Name", request.Name, required: true);
        CheckName("GetSchedule", "GroupName", request.GroupName, required: false);
        var query = request.GroupName is null ? "" : "?groupName=" + Uri.EscapeDataString(request.GroupName);
        var response = await _transport.InvokeRestAsync(AwsServices.Scheduler, HttpMethod.Get, SchedulePath(request.Name) + query, [], ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);
        return Read("GetSchedule", response, AwsJsonContext.Default.GetScheduleResponse);
    }

    public Task<ScheduleArnResponse> CreateScheduleAsync(ScheduleDefinition schedule, CancellationToken cancellationToken) =>
        WriteAsync("CreateSchedule", HttpMethod.Post, schedule, cancellationToken);

    public Task<ScheduleArnResponse> UpdateScheduleAsync(ScheduleDefinition schedule, CancellationToken cancellationToken) =>
        WriteAsync("UpdateSchedule", HttpMethod.Put, schedule, cancellationToken);

    /// <summary>The name is one path segment.</summary>
    internal static string SchedulePath(string name) => "/schedules/" + Uri.EscapeDataString(name);

    private async Task<ScheduleArnResponse> WriteAsync(string operation, HttpMethod method, ScheduleDefinition schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        CheckName(operation, "Name", schedule.Name, required: true);
        CheckName(operation, "GroupName", schedule.GroupName, required: false);
        if (string.IsNullOrWhiteSpace(schedule.ScheduleExpression))
        {
            throw new ArgumentException($"EventBridge Scheduler {operation} of '{schedule.Name}' needs a schedule expression such as at(2026-03-02T18:00:00).", nameof(schedule));
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(schedule, AwsJsonContext.Default.ScheduleDefinition);
        var response = await _transport.InvokeRestAsync(AwsServices.Scheduler, method, SchedulePath(schedule.Name), JsonBody, body, cancellationToken).ConfigureAwait(false);
        return Read(operation, response, AwsJsonContext.Default.ScheduleArnResponse);
    }

    private static T Read<T>(string operation, AwsRestResponse response, JsonTypeInfo<T> type)
    {
        try
        {
            var json = response.Body.Length == 0 ? "{}"u8.ToArray() : response.Body;
            return JsonSerializer.Deserialize(json.Span, type)
                ?? throw new InvalidDataException($"Scheduler {operation} answered 'null' instead of a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Scheduler {operation} answered JSON that does not match {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    private static void CheckName(string operation, string member, string? value, bool required)
    {
        if (value is null && !required)
        {
            return;
        }

        if (value is null || value.Length is 0 or > MaxNameLength || !NamePattern().IsMatch(value))
        {
            throw new ArgumentException(
                $"EventBridge Scheduler {operation}: {member} '{value}' must be 1 to {MaxNameLength} letters, digits, '-', '_' or '.'.", member);
        }
    }

    [GeneratedRegex("^[0-9a-zA-Z._-]+$")]
    private static partial Regex NamePattern();
}
