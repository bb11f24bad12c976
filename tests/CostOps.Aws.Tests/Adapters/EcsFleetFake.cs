using CostOps.Aws.Ecs;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

/// <summary>A Moq IEcsClient over an in-memory fleet: clusters, their services and task definitions.</summary>
internal sealed class EcsFleetFake
{
    public const string Account = "arn:aws:ecs:eu-west-1:123456789012";

    public Mock<IEcsClient> Client { get; } = new(MockBehavior.Strict);

    public List<ListServicesRequest> ListServicesCalls { get; } = [];

    public List<DescribeServicesRequest> DescribeServicesCalls { get; } = [];

    public List<DescribeClustersRequest> DescribeClustersCalls { get; } = [];

    public List<string> DescribeTaskDefinitionCalls { get; } = [];

    /// <summary>Cluster (as the adapter names it) → pages of service ARNs.</summary>
    public Dictionary<string, List<string[]>> ServicePages { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Service> Services { get; } = new(StringComparer.Ordinal);

    /// <summary>Task definition ARN → definition; an ARN missing here makes DescribeTaskDefinition throw.</summary>
    public Dictionary<string, TaskDefinition> TaskDefinitions { get; } = new(StringComparer.Ordinal);

    public List<Failure> Failures { get; } = [];

    public EcsFleetFake()
    {
        Client.Setup(c => c.ListServicesAllAsync(It.IsAny<ListServicesRequest>(), It.IsAny<CancellationToken>()))
            .Returns<ListServicesRequest, CancellationToken>((r, _) =>
            {
                ListServicesCalls.Add(r);
                return Pages(ServicePages.GetValueOrDefault(r.Cluster!, []).Select(p => new ListServicesResponse { ServiceArns = p }));
            });
        Client.Setup(c => c.DescribeServicesAsync(It.IsAny<DescribeServicesRequest>(), It.IsAny<CancellationToken>()))
            .Returns<DescribeServicesRequest, CancellationToken>((r, _) =>
            {
                Assert.InRange(r.Services.Count, 1, 10);
                lock (DescribeServicesCalls)
                {
                    DescribeServicesCalls.Add(r);
                }

                return Task.FromResult(new DescribeServicesResponse
                {
                    Services = [.. r.Services.Where(Services.ContainsKey).Select(a => Services[a])],
                    Failures = [.. Failures.Where(f => r.Services.Contains(f.Arn))],
                });
            });
        Client.Setup(c => c.DescribeTaskDefinitionAsync(It.IsAny<DescribeTaskDefinitionRequest>(), It.IsAny<CancellationToken>()))
            .Returns<DescribeTaskDefinitionRequest, CancellationToken>((r, _) =>
            {
                DescribeTaskDefinitionCalls.Add(r.TaskDefinition);
                return TaskDefinitions.TryGetValue(r.TaskDefinition, out var definition)
                    ? Task.FromResult(new DescribeTaskDefinitionResponse { TaskDefinition = definition })
                    : throw new InvalidOperationException($"AccessDeniedException on {r.TaskDefinition}");
            });
    }

    public static string ClusterArn(string name) => $"{Account}:cluster/{name}";

    public static string ServiceArn(string cluster, string name) => $"{Account}:service/{cluster}/{name}";

    public static string TaskDefinitionArn(string family, int revision) => $"{Account}:task-definition/{family}:{revision}";

    /// <summary>Adds a minimal REPLICA service on a 0.25 vCPU / 0.5 GB task definition and returns its ARN.</summary>
    public string AddService(string cluster, string name, string? taskDefinition = null, Func<Service, Service>? customize = null)
    {
        var arn = ServiceArn(cluster, name);
        taskDefinition ??= TaskDefinitionArn(name, 1);
        TaskDefinitions.TryAdd(taskDefinition, new TaskDefinition { TaskDefinitionArn = taskDefinition, Cpu = "256", Memory = "512" });
        var service = new Service
        {
            ServiceArn = arn,
            ServiceName = name,
            ClusterArn = ClusterArn(cluster),
            DesiredCount = 2,
            RunningCount = 2,
            SchedulingStrategy = "REPLICA",
            LaunchType = "FARGATE",
            TaskDefinition = taskDefinition,
        };
        Services[arn] = customize is null ? service : customize(service);
        return arn;
    }

    public static async IAsyncEnumerable<T> Pages<T>(IEnumerable<T> pages)
    {
        foreach (var page in pages)
        {
            await Task.Yield();
            yield return page;
        }
    }
}
