using System.Globalization;

namespace CostOps.Benchmarks;

/// <summary>
/// A simulated ECS and Application Auto Scaling account: what the fakes read and change. Thread-safe
/// through one lock, which costs far less than any real call it stands for.
/// </summary>
internal sealed class FleetWorld
{
    public const string Account = "123456789012";
    public const string Region = "eu-west-1";
    public const string ClusterTagKey = "costops:managed";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, FleetService> _byArn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FleetService> _byResourceId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FleetService>> _byCluster = new(StringComparer.Ordinal);

    private FleetWorld()
    {
    }

    public IReadOnlyList<string> ClusterArns { get; private init; } = [];

    public int TaskDefinitions { get; private init; }

    /// <param name="scheduleTag">The costops:schedule value of service i; null leaves the tag off (the default schedule applies).</param>
    public static FleetWorld Create(int services, int clusters, int taskDefinitions, Func<int, string?> scheduleTag)
    {
        var clusterArns = Enumerable.Range(0, clusters).Select(c => $"arn:aws:ecs:{Region}:{Account}:cluster/cluster-{c:D3}").ToList();
        var world = new FleetWorld { ClusterArns = clusterArns, TaskDefinitions = taskDefinitions };
        for (var i = 0; i < services; i++)
        {
            var cluster = $"cluster-{i % clusters:D3}";
            var name = $"svc-{i:D5}";
            var tags = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["team"] = $"team-{i % 37}",
                ["env"] = i % 3 == 0 ? "staging" : "dev",
                ["cost-center"] = (4000 + (i % 11)).ToString(CultureInfo.InvariantCulture),
            };
            if (scheduleTag(i) is { } schedule)
            {
                tags["costops:schedule"] = schedule;
            }

            var service = new FleetService(cluster, name, $"arn:aws:ecs:{Region}:{Account}:service/{cluster}/{name}",
                $"arn:aws:ecs:{Region}:{Account}:task-definition/family-{i % taskDefinitions}:3", tags)
            {
                DesiredCount = 1 + (i % 4),
                Target = i % 2 == 0 ? new TargetBounds(1, 8) : null,
            };
            world._byArn.Add(service.Arn, service);
            world._byResourceId.Add($"service/{cluster}/{name}", service);
            if (!world._byCluster.TryGetValue(clusterArns[i % clusters], out var list))
            {
                world._byCluster[clusterArns[i % clusters]] = list = [];
            }

            list.Add(service);
        }

        return world;
    }

    public IReadOnlyList<FleetService> InCluster(string clusterArnOrName)
    {
        var key = clusterArnOrName.StartsWith("arn:", StringComparison.Ordinal)
            ? clusterArnOrName
            : $"arn:aws:ecs:{Region}:{Account}:cluster/{clusterArnOrName}";
        return _byCluster.TryGetValue(key, out var list) ? list : [];
    }

    public IEnumerable<FleetService> All => _byArn.Values;

    public FleetService ByArn(string arn) => _byArn[arn];

    public FleetService ByName(string cluster, string service) => _byArn[$"arn:aws:ecs:{Region}:{Account}:service/{cluster}/{service}"];

    public FleetService? ByResourceId(string resourceId) => _byResourceId.GetValueOrDefault(resourceId);

    public void Change(Action change)
    {
        lock (_gate)
        {
            change();
        }
    }

    public T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}
