using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using System.Xml.Linq;
using CostOps.Aws.AutoScaling;
using CostOps.Aws.Ecs;
using CostOps.Aws.Http;

namespace CostOps.Benchmarks;

/// <summary>
/// Answers the JSON calls of the real <see cref="EcsClient"/> and <see cref="ApplicationAutoScalingClient"/>
/// from a <see cref="FleetWorld"/>, with no network, signing or JSON, and counts every call by service and
/// operation: the count is what the real adapters would send to AWS.
/// </summary>
internal sealed class SimulatedAwsTransport(FleetWorld world) : IAwsTransport
{
    private const int PageSize = 100;
    private static readonly DateTimeOffset Created = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Calls => _calls;

    public Task<TResponse> InvokeJsonAsync<TRequest, TResponse>(
        AwsService service, string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        _calls.AddOrUpdate($"{service.ServiceId} {operation}", 1, (_, n) => n + 1);
        object response = request switch
        {
            ListClustersRequest r => Page([.. world.ClusterArns], r.NextToken, (arns, next) => new ListClustersResponse { ClusterArns = arns, NextToken = next }),
            DescribeClustersRequest r => new DescribeClustersResponse
            {
                Clusters = [.. (r.Clusters ?? []).Select(arn => new Cluster { ClusterArn = arn, Status = "ACTIVE", Tags = [new Tag { Key = FleetWorld.ClusterTagKey, Value = "true" }] })],
            },
            ListServicesRequest r => Page([.. world.InCluster(r.Cluster ?? "default").Select(s => s.Arn)], r.NextToken,
                (arns, next) => new ListServicesResponse { ServiceArns = arns, NextToken = next }),
            DescribeServicesRequest r => new DescribeServicesResponse { Services = [.. r.Services.Select(arn => world.Read(() => Describe(world.ByArn(arn))))] },
            DescribeTaskDefinitionRequest r => new DescribeTaskDefinitionResponse
            {
                TaskDefinition = new TaskDefinition { TaskDefinitionArn = r.TaskDefinition, Cpu = "512", Memory = "1024", RuntimePlatform = new RuntimePlatform { CpuArchitecture = "ARM64" } },
            },
            UpdateServiceRequest r => Update(r),
            TagResourceRequest r => Tag(r),
            DescribeScalableTargetsRequest r => new DescribeScalableTargetsResponse { ScalableTargets = [.. (r.ResourceIds ?? []).Select(Target).OfType<ScalableTarget>()] },
            RegisterScalableTargetRequest r => Register(r),
            _ => throw new NotSupportedException($"The simulated account does not answer {service.ServiceId} {operation}."),
        };
        return Task.FromResult((TResponse)response);
    }

    public Task<XDocument> InvokeQueryAsync(AwsService service, string action, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"The scheduler sends no query-protocol call ({service.ServiceId} {action}).");

    public Task<AwsRestResponse> InvokeRestAsync(
        AwsService service, HttpMethod method, string pathAndQuery, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"The simulated account does not answer REST calls ({service.ServiceId} {pathAndQuery}).");

    private static T Page<T>(List<string> all, string? token, Func<List<string>, string?, T> make)
    {
        var start = token is null ? 0 : int.Parse(token, CultureInfo.InvariantCulture);
        var end = Math.Min(all.Count, start + PageSize);
        return make(all[start..end], end < all.Count ? end.ToString(CultureInfo.InvariantCulture) : null);
    }

    private static Service Describe(FleetService s) => new()
    {
        ServiceArn = s.Arn,
        ServiceName = s.Name,
        ClusterArn = $"arn:aws:ecs:{FleetWorld.Region}:{FleetWorld.Account}:cluster/{s.Cluster}",
        Status = "ACTIVE",
        DesiredCount = s.DesiredCount,
        RunningCount = s.DesiredCount,
        PendingCount = 0,
        LaunchType = "FARGATE",
        TaskDefinition = s.TaskDefinition,
        SchedulingStrategy = "REPLICA",
        CreatedAt = Created,
        Deployments = [new Deployment { Id = "ecs-svc/1", Status = "PRIMARY", RolloutState = "COMPLETED", DesiredCount = s.DesiredCount, TaskDefinition = s.TaskDefinition }],
        Events = [new CostOps.Aws.Ecs.ServiceEvent { CreatedAt = Created, Message = $"(service {s.Name}) has reached a steady state." }],
        Tags = [.. s.Tags.Select(t => new Tag { Key = t.Key, Value = t.Value })],
    };

    private UpdateServiceResponse Update(UpdateServiceRequest r)
    {
        var s = world.ByName(r.Cluster!, r.Service);
        world.Change(() => s.DesiredCount = r.DesiredCount ?? s.DesiredCount);
        return new UpdateServiceResponse();
    }

    private TagResourceResponse Tag(TagResourceRequest r)
    {
        var s = world.ByArn(r.ResourceArn);
        world.Change(() =>
        {
            foreach (var tag in r.Tags)
            {
                s.Tags[tag.Key] = tag.Value ?? "";
            }
        });
        return new TagResourceResponse();
    }

    private ScalableTarget? Target(string resourceId) => world.Read(() => world.ByResourceId(resourceId)?.Target is { } t
        ? new ScalableTarget
        {
            ServiceNamespace = ScalableTargetValues.EcsNamespace,
            ResourceId = resourceId,
            ScalableDimension = ScalableTargetValues.EcsServiceDesiredCount,
            MinCapacity = t.Min,
            MaxCapacity = t.Max,
            RoleARN = $"arn:aws:iam::{FleetWorld.Account}:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService",
            CreationTime = Created,
            SuspendedState = new SuspendedState { DynamicScalingInSuspended = false, DynamicScalingOutSuspended = false, ScheduledScalingSuspended = false },
        }
        : null);

    private RegisterScalableTargetResponse Register(RegisterScalableTargetRequest r)
    {
        var s = world.ByResourceId(r.ResourceId) ?? throw new InvalidOperationException($"no service for {r.ResourceId}");
        world.Change(() => s.Target = new TargetBounds(r.MinCapacity ?? s.Target!.Min, r.MaxCapacity ?? s.Target!.Max));
        return new RegisterScalableTargetResponse();
    }
}
