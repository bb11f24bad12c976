namespace CostOps.Aws.Tests.EndToEnd;

/// <summary>
/// The state of an in-memory AWS account: ECS clusters and services, Application Auto Scaling targets and
/// Lambda invocations. Every read and write happens under <see cref="Gate"/>; the handler takes it per call.
/// </summary>
internal sealed class FakeAwsAccount
{
    public const string Region = "eu-west-1";
    public const string ArnPrefix = "arn:aws:ecs:" + Region + ":123456789012:";

    public Lock Gate { get; } = new();

    /// <summary>Cluster name → tags, in creation order.</summary>
    public Dictionary<string, Dictionary<string, string>> Clusters { get; } = new(StringComparer.Ordinal);

    public List<FakeEcsService> Services { get; } = [];

    /// <summary>Capacity providers associated with each cluster (none until PutClusterCapacityProviders).</summary>
    public Dictionary<string, List<string>> ClusterProviders { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FakeScalableTarget> Targets { get; } = new(StringComparer.Ordinal);

    public List<(string FunctionName, string Payload)> Invocations { get; } = [];

    /// <summary>ECS may return fewer items than maxResults asks for; this caps every list page. Default 100.</summary>
    public int MaxPageSize { get; set; } = 100;

    public FakeAwsAccount AddCluster(string name, params (string Key, string Value)[] tags)
    {
        lock (Gate)
        {
            Clusters[name] = tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        }

        return this;
    }

    public FakeAwsAccount AddService(string cluster, string name, int desiredCount, params (string Key, string Value)[] tags) =>
        Add(cluster, name, desiredCount, daemon: false, tags);

    public FakeAwsAccount AddDaemonService(string cluster, string name, int desiredCount, params (string Key, string Value)[] tags) =>
        Add(cluster, name, desiredCount, daemon: true, tags);

    private FakeAwsAccount Add(string cluster, string name, int desiredCount, bool daemon, (string Key, string Value)[] tags)
    {
        lock (Gate)
        {
            var service = new FakeEcsService(cluster, name, desiredCount, daemon, $"{ArnPrefix}task-definition/{cluster}-app:1");
            foreach (var (key, value) in tags)
            {
                service.Tags[key] = value;
            }

            Services.Add(service);
        }

        return this;
    }

    public FakeAwsAccount AddScalableTarget(string cluster, string service, int min, int max)
    {
        lock (Gate)
        {
            var id = $"service/{cluster}/{service}";
            Targets[id] = new FakeScalableTarget(id, min, max);
        }

        return this;
    }

    public FakeEcsService Service(string name)
    {
        lock (Gate)
        {
            return Services.Single(s => s.Name == name);
        }
    }

    public FakeScalableTarget Target(string cluster, string service)
    {
        lock (Gate)
        {
            return Targets[$"service/{cluster}/{service}"];
        }
    }

    /// <summary>What Application Auto Scaling does on any scaling activity: every desired count outside its target's [min, max] is pulled back in.</summary>
    public void SimulateScalingActivity()
    {
        lock (Gate)
        {
            foreach (var target in Targets.Values)
            {
                PullIntoBounds(target);
            }
        }
    }

    /// <summary>Call under <see cref="Gate"/>.</summary>
    internal void PullIntoBounds(FakeScalableTarget target)
    {
        var service = Services.SingleOrDefault(s => $"service/{s.Cluster}/{s.Name}" == target.ResourceId);
        if (service is not null)
        {
            service.DesiredCount = Math.Clamp(service.DesiredCount, target.Min, target.Max);
        }
    }

    /// <summary>Call under <see cref="Gate"/>. A name or ARN; ECS's default cluster when absent.</summary>
    internal string ClusterNamed(string? nameOrArn)
    {
        var name = nameOrArn is null ? "default" : nameOrArn[(nameOrArn.LastIndexOf('/') + 1)..];
        return Clusters.ContainsKey(name) ? name : throw new FakeAwsError("ClusterNotFoundException", $"Cluster not found: {nameOrArn}.");
    }

    /// <summary>Call under <see cref="Gate"/>. A service of <paramref name="cluster"/> by name or ARN.</summary>
    internal FakeEcsService? FindService(string cluster, string nameOrArn) =>
        Services.SingleOrDefault(s => s.Cluster == cluster && (s.Name == nameOrArn || s.Arn == nameOrArn));
}
