using CostOps.Aws.Ecs;
using CostOps.Aws.Json;

namespace CostOps.Simulator;

/// <summary>The ECS operations CostOps uses, over a <see cref="SimulatedAccount"/>. Called under the account's gate.</summary>
internal sealed class EcsApi(SimulatedAccount account, ISet<string> deniedUpdates)
{
    private const string Invalid = "InvalidParameterException";
    private static readonly AwsJsonContext Wire = AwsJsonContext.Default;

    public byte[] Handle(string operation, byte[] body, DateTimeOffset now) => operation switch
    {
        "ListClusters" => ListClusters(SimJson.Read(body, Wire.ListClustersRequest, Invalid)),
        "DescribeClusters" => DescribeClusters(SimJson.Read(body, Wire.DescribeClustersRequest, Invalid)),
        "ListServices" => ListServices(SimJson.Read(body, Wire.ListServicesRequest, Invalid)),
        "DescribeServices" => DescribeServices(SimJson.Read(body, Wire.DescribeServicesRequest, Invalid)),
        "UpdateService" => UpdateService(SimJson.Read(body, Wire.UpdateServiceRequest, Invalid), now),
        "TagResource" => TagResource(SimJson.Read(body, Wire.TagResourceRequest, Invalid)),
        "UntagResource" => UntagResource(SimJson.Read(body, Wire.UntagResourceRequest, Invalid)),
        "ListTagsForResource" => SimJson.Write(new ListTagsForResourceResponse { Tags = TagsOf(Resource(SimJson.Read(body, Wire.ListTagsForResourceRequest, Invalid).ResourceArn)) }, Wire.ListTagsForResourceResponse),
        "DescribeTaskDefinition" => DescribeTaskDefinition(SimJson.Read(body, Wire.DescribeTaskDefinitionRequest, Invalid)),
        "PutClusterCapacityProviders" => PutClusterCapacityProviders(SimJson.Read(body, Wire.PutClusterCapacityProvidersRequest, Invalid)),
        _ => throw new SimulatorError("UnknownOperationException", $"The simulated ECS does not implement {operation}."),
    };

    private byte[] ListClusters(ListClustersRequest request)
    {
        var (page, next) = SimJson.Page([.. account.Clusters.Values.Select(c => c.Arn)], request.MaxResults, request.NextToken, 100, account.MaxPageSize, Invalid);
        return SimJson.Write(new ListClustersResponse { ClusterArns = page, NextToken = next }, Wire.ListClustersResponse);
    }

    private byte[] DescribeClusters(DescribeClustersRequest request)
    {
        var tags = request.Include?.Contains("TAGS") == true;
        var names = (request.Clusters ?? ["default"]).Select(c => c[(c.LastIndexOf('/') + 1)..]).ToList();
        var clusters = names.Where(account.Clusters.ContainsKey).Select(n => account.Clusters[n]).Select(c => new Cluster
        {
            ClusterArn = c.Arn,
            ClusterName = c.Name,
            Status = "ACTIVE",
            RunningTasksCount = account.Services.Where(s => s.Cluster == c.Name).Sum(s => s.RunningCount),
            ActiveServicesCount = account.Services.Count(s => s.Cluster == c.Name),
            CapacityProviders = c.CapacityProviders,
            DefaultCapacityProviderStrategy = c.DefaultStrategy,
            Tags = tags ? ToTags(c.Tags) : null,
        }).ToList();
        var failures = names.Where(n => !account.Clusters.ContainsKey(n)).Select(n => new Failure { Arn = $"{account.ArnPrefix}cluster/{n}", Reason = "MISSING" }).ToList();
        return SimJson.Write(new DescribeClustersResponse { Clusters = clusters, Failures = failures }, Wire.DescribeClustersResponse);
    }

    private byte[] ListServices(ListServicesRequest request)
    {
        var cluster = account.ClusterNamed(request.Cluster);
        var arns = account.Services.Where(s => s.Cluster == cluster.Name).Select(s => s.Arn).ToList();
        var (page, next) = SimJson.Page(arns, request.MaxResults, request.NextToken, 10, account.MaxPageSize, Invalid);
        return SimJson.Write(new ListServicesResponse { ServiceArns = page, NextToken = next }, Wire.ListServicesResponse);
    }

    private byte[] DescribeServices(DescribeServicesRequest request)
    {
        var cluster = account.ClusterNamed(request.Cluster);
        if (request.Services.Count is 0 or > 10)
        {
            throw new SimulatorError(Invalid, $"services must name 1 to 10 services, got {request.Services.Count}.");
        }

        var tags = request.Include?.Contains("TAGS") == true;
        var found = request.Services.Select(n => (Name: n, Service: account.Index.Find(cluster.Name, n))).ToList();
        return SimJson.Write(new DescribeServicesResponse
        {
            Services = [.. found.Where(f => f.Service is not null).Select(f => SimServiceView.Of(f.Service!, account, tags))],
            Failures = [.. found.Where(f => f.Service is null).Select(f => new Failure { Arn = f.Name, Reason = "MISSING" })],
        }, Wire.DescribeServicesResponse);
    }

    private byte[] UpdateService(UpdateServiceRequest request, DateTimeOffset now)
    {
        var cluster = account.ClusterNamed(request.Cluster);
        var service = account.Index.Find(cluster.Name, request.Service) ?? throw new SimulatorError("ServiceNotFoundException", $"Service not found: {request.Service}.");
        if (deniedUpdates.Contains(service.Name))
        {
            throw new SimulatorError("AccessDeniedException",
                $"User: arn:aws:sts::{account.Options.AccountId}:assumed-role/costops-scheduler is not authorized to perform: ecs:UpdateService on resource: {service.Arn}");
        }

        if (request.DesiredCount is { } desired)
        {
            if (service.Daemon)
            {
                throw new SimulatorError(Invalid, "The daemon scheduling strategy does not support a desired count for services.");
            }

            if (desired < 0)
            {
                throw new SimulatorError(Invalid, $"desiredCount must be 0 or more, got {desired}.");
            }

            if (desired != service.DesiredCount)
            {
                service.Updates++;
            }

            account.Engine.SetDesired(service, desired, now, "UpdateService");
        }

        if (request.CapacityProviderStrategy is { } strategy)
        {
            if (strategy.FirstOrDefault(s => !cluster.CapacityProviders.Contains(s.CapacityProvider)) is { } missing)
            {
                throw new SimulatorError(Invalid, $"The specified capacity provider {missing.CapacityProvider} is not associated with the cluster {cluster.Name}.");
            }

            if (request.ForceNewDeployment != true)
            {
                throw new SimulatorError(Invalid, "Changing the capacity provider strategy requires forceNewDeployment.");
            }

            service.Updates++;
            account.Engine.Redeploy(service, strategy, now);
        }
        else if (request.ForceNewDeployment == true)
        {
            service.Updates++;
            account.Engine.Redeploy(service, null, now);
        }

        return SimJson.Write(new UpdateServiceResponse { Service = SimServiceView.Of(service, account, tags: false) }, Wire.UpdateServiceResponse);
    }

    private byte[] TagResource(TagResourceRequest request)
    {
        var tags = Resource(request.ResourceArn);
        foreach (var tag in request.Tags)
        {
            tags[tag.Key] = tag.Value ?? "";
        }

        return SimJson.Write(new TagResourceResponse(), Wire.TagResourceResponse);
    }

    private byte[] UntagResource(UntagResourceRequest request)
    {
        var tags = Resource(request.ResourceArn);
        foreach (var key in request.TagKeys)
        {
            tags.Remove(key);
        }

        return SimJson.Write(new UntagResourceResponse(), Wire.UntagResourceResponse);
    }

    private byte[] DescribeTaskDefinition(DescribeTaskDefinitionRequest request)
    {
        var definition = account.TaskDefinitions.GetValueOrDefault(request.TaskDefinition)
            ?? account.TaskDefinitions.Values.Where(d => d.Family == request.TaskDefinition).MaxBy(d => d.Revision)
            ?? account.TaskDefinitions.Values.FirstOrDefault(d => $"{d.Family}:{d.Revision}" == request.TaskDefinition)
            ?? throw new SimulatorError("ClientException", $"Unable to describe task definition {request.TaskDefinition}.");
        return SimJson.Write(new DescribeTaskDefinitionResponse
        {
            TaskDefinition = new TaskDefinition
            {
                TaskDefinitionArn = definition.Arn,
                Family = definition.Family,
                Revision = definition.Revision,
                Status = "ACTIVE",
                Cpu = definition.Cpu.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Memory = definition.Memory.ToString(System.Globalization.CultureInfo.InvariantCulture),
                RuntimePlatform = new RuntimePlatform { CpuArchitecture = definition.Architecture, OperatingSystemFamily = "LINUX" },
                RequiresCompatibilities = ["FARGATE"],
            },
        }, Wire.DescribeTaskDefinitionResponse);
    }

    private byte[] PutClusterCapacityProviders(PutClusterCapacityProvidersRequest request)
    {
        var cluster = account.ClusterNamed(request.Cluster);
        if (request.CapacityProviders.Any(p => p is not (SimCapacity.OnDemand or SimCapacity.Spot)))
        {
            throw new SimulatorError(Invalid, $"Unknown capacity provider in [{string.Join(", ", request.CapacityProviders)}]; Fargate clusters know FARGATE and FARGATE_SPOT.");
        }

        cluster.CapacityProviders.Clear();
        cluster.CapacityProviders.AddRange(request.CapacityProviders);
        cluster.DefaultStrategy = request.DefaultCapacityProviderStrategy;
        return SimJson.Write(new PutClusterCapacityProvidersResponse
        {
            Cluster = new Cluster { ClusterArn = cluster.Arn, ClusterName = cluster.Name, Status = "ACTIVE", CapacityProviders = cluster.CapacityProviders, DefaultCapacityProviderStrategy = cluster.DefaultStrategy },
        }, Wire.PutClusterCapacityProvidersResponse);
    }

    private Dictionary<string, string> Resource(string arn) =>
        account.Index.ByArn(arn)?.Tags
        ?? account.Clusters.Values.SingleOrDefault(c => c.Arn == arn)?.Tags
        ?? throw new SimulatorError(Invalid, $"Unknown resource {arn}.");

    internal static List<Tag> ToTags(IReadOnlyDictionary<string, string> tags) => [.. tags.Select(t => new Tag { Key = t.Key, Value = t.Value })];

    private static List<Tag> TagsOf(Dictionary<string, string> tags) => ToTags(tags);
}
