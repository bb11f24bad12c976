using System.Globalization;
using System.Text.Json.Nodes;

namespace CostOps.Simulator;

/// <summary>
/// ECS events as EventBridge delivers them to a function: the envelope (<c>version</c>, <c>id</c>, <c>detail-type</c>,
/// <c>source</c>, <c>account</c>, <c>time</c>, <c>region</c>, <c>resources</c>, <c>detail</c>), at least once: a seeded
/// share of events is delivered twice with the same id. Used under the account's gate.
/// </summary>
public sealed class EcsEventFeed(string region, string accountId, Random random)
{
    private readonly List<(DateTimeOffset At, string Json)> _pending = [];

    /// <summary>Share (0..1) of events delivered a second time, a few seconds after the first.</summary>
    public double DuplicateRate { get; set; } = 0.25;

    /// <summary>Every event raised, once each, in order.</summary>
    public List<(DateTimeOffset At, string DetailType, string Json)> Raised { get; } = [];

    public void ServiceAction(SimService service, DateTimeOffset at, string eventType, string eventName, string? reason, IReadOnlyList<string> capacityProviders)
    {
        var detail = new JsonObject
        {
            ["eventType"] = eventType,
            ["eventName"] = eventName,
            ["clusterArn"] = ClusterArn(service.Cluster),
            ["createdAt"] = Iso(at),
        };
        if (capacityProviders.Count > 0)
        {
            detail["capacityProviderArns"] = new JsonArray([.. capacityProviders.Select(p => (JsonNode)$"arn:aws:ecs:{region}:{accountId}:capacity-provider/{p}")]);
        }

        if (reason is not null)
        {
            detail["reason"] = reason;
        }

        Raise(at, "ECS Service Action", service.Arn, detail);
    }

    public void TaskStateChange(SimService service, SimTask task, DateTimeOffset at, string lastStatus, string desiredStatus, string? stopCode, string? stoppedReason)
    {
        var detail = new JsonObject
        {
            ["clusterArn"] = ClusterArn(service.Cluster),
            ["taskArn"] = task.Arn,
            ["group"] = $"service:{service.Name}",
            ["capacityProviderName"] = task.CapacityProvider,
            ["launchType"] = "FARGATE",
            ["cpu"] = service.TaskDefinition.Cpu.ToString(CultureInfo.InvariantCulture),
            ["memory"] = service.TaskDefinition.Memory.ToString(CultureInfo.InvariantCulture),
            ["taskDefinitionArn"] = service.TaskDefinition.Arn,
            ["lastStatus"] = lastStatus,
            ["desiredStatus"] = desiredStatus,
            ["createdAt"] = Iso(at),
            ["updatedAt"] = Iso(at),
        };
        if (stopCode is not null)
        {
            detail["stopCode"] = stopCode;
            detail["stoppedReason"] = stoppedReason;
        }

        Raise(at, "ECS Task State Change", task.Arn, detail);
    }

    /// <summary>The deliveries due at or before <paramref name="now"/>, oldest first; each is handed out once.</summary>
    public IReadOnlyList<string> TakeDue(DateTimeOffset now)
    {
        var due = _pending.Where(p => p.At <= now).OrderBy(p => p.At).Select(p => p.Json).ToList();
        _pending.RemoveAll(p => p.At <= now);
        return due;
    }

    private void Raise(DateTimeOffset at, string detailType, string resource, JsonObject detail)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        var envelope = new JsonObject
        {
            ["version"] = "0",
            ["id"] = new Guid(bytes).ToString(),
            ["detail-type"] = detailType,
            ["source"] = "aws.ecs",
            ["account"] = accountId,
            ["time"] = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["region"] = region,
            ["resources"] = new JsonArray(resource),
            ["detail"] = detail,
        };
        var json = envelope.ToJsonString();
        Raised.Add((at, detailType, json));
        _pending.Add((at, json));
        if (random.NextDouble() < DuplicateRate)
        {
            _pending.Add((at.AddSeconds(1 + random.Next(30)), json));
        }
    }

    private string ClusterArn(string cluster) => $"arn:aws:ecs:{region}:{accountId}:cluster/{cluster}";

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
