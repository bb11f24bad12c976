using System.Text.Json;

namespace CostOps.Aws.Tests.EndToEnd;

/// <summary>The ECS operations the scheduler uses, over a <see cref="FakeAwsAccount"/>. Called under the account's lock.</summary>
internal sealed class FakeEcsApi(FakeAwsAccount account, ISet<string> deniedUpdates)
{
    public void Handle(string operation, JsonElement request, Utf8JsonWriter writer)
    {
        switch (operation)
        {
            case "ListClusters":
                var (clusters, nextCluster) = FakeJson.Page([.. account.Clusters.Keys.Select(ClusterArn)], request, 100, account.MaxPageSize);
                WriteList(writer, "clusterArns", clusters, nextCluster);
                break;
            case "DescribeClusters":
                DescribeClusters(request, writer);
                break;
            case "ListServices":
                var cluster = account.ClusterNamed(FakeJson.String(request, "cluster"));
                var arns = account.Services.Where(s => s.Cluster == cluster).Select(s => s.Arn).ToList();
                var (services, nextService) = FakeJson.Page(arns, request, 10, account.MaxPageSize);
                WriteList(writer, "serviceArns", services, nextService);
                break;
            case "DescribeServices":
                DescribeServices(request, writer);
                break;
            case "UpdateService":
                UpdateService(request, writer);
                break;
            case "PutClusterCapacityProviders":
                var target = account.ClusterNamed(FakeJson.String(request, "cluster"));
                account.ClusterProviders[target] = FakeJson.Strings(request, "capacityProviders");
                writer.WriteStartObject();
                writer.WriteEndObject();
                break;
            case "TagResource":
                TagResource(request, writer);
                break;
            case "DescribeTaskDefinition":
                DescribeTaskDefinition(request, writer);
                break;
            default:
                throw new FakeAwsError("UnknownOperationException", $"The fake ECS does not implement {operation}.");
        }
    }

    private static string ClusterArn(string name) => $"{FakeAwsAccount.ArnPrefix}cluster/{name}";

    private static void WriteList(Utf8JsonWriter writer, string member, List<string> items, string? next)
    {
        writer.WriteStartObject();
        writer.WriteStartArray(member);
        items.ForEach(writer.WriteStringValue);
        writer.WriteEndArray();
        if (next is not null)
        {
            writer.WriteString("nextToken", next);
        }

        writer.WriteEndObject();
    }

    private void DescribeClusters(JsonElement request, Utf8JsonWriter writer)
    {
        var tags = FakeJson.Strings(request, "include").Contains("TAGS");
        writer.WriteStartObject();
        writer.WriteStartArray("clusters");
        foreach (var name in FakeJson.Strings(request, "clusters").Select(c => c[(c.LastIndexOf('/') + 1)..]).Where(account.Clusters.ContainsKey))
        {
            writer.WriteStartObject();
            writer.WriteString("clusterArn", ClusterArn(name));
            writer.WriteString("clusterName", name);
            writer.WriteString("status", "ACTIVE");
            writer.WriteStartArray("capacityProviders");
            account.ClusterProviders.GetValueOrDefault(name, []).ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            if (tags)
            {
                FakeJson.WriteTags(writer, "tags", account.Clusters[name]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void DescribeServices(JsonElement request, Utf8JsonWriter writer)
    {
        var cluster = account.ClusterNamed(FakeJson.String(request, "cluster"));
        var names = FakeJson.Strings(request, "services");
        if (names.Count is 0 or > 10)
        {
            throw new FakeAwsError("InvalidParameterException", $"services must name 1 to 10 services, got {names.Count}.");
        }

        var tags = FakeJson.Strings(request, "include").Contains("TAGS");
        var found = names.Select(n => (Name: n, Service: account.FindService(cluster, n))).ToList();
        writer.WriteStartObject();
        writer.WriteStartArray("services");
        foreach (var service in found.Where(f => f.Service is not null).Select(f => f.Service!))
        {
            WriteService(writer, service, tags);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("failures");
        foreach (var (name, _) in found.Where(f => f.Service is null))
        {
            writer.WriteStartObject();
            writer.WriteString("arn", name);
            writer.WriteString("reason", "MISSING");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void UpdateService(JsonElement request, Utf8JsonWriter writer)
    {
        var cluster = account.ClusterNamed(FakeJson.String(request, "cluster"));
        var name = FakeJson.Required(request, "service");
        var service = account.FindService(cluster, name) ?? throw new FakeAwsError("ServiceNotFoundException", $"Service not found: {name}.");
        if (deniedUpdates.Contains(service.Name))
        {
            throw new FakeAwsError("AccessDeniedException",
                $"User: arn:aws:sts::123456789012:assumed-role/costops-scheduler is not authorized to perform: ecs:UpdateService on resource: {service.Arn}");
        }

        if (FakeJson.Int(request, "desiredCount") is { } desired)
        {
            if (service.Daemon)
            {
                throw new FakeAwsError("InvalidParameterException", "The daemon scheduling strategy does not support a desired count for services.");
            }

            service.DesiredCount = desired;
            service.Updates++;
        }

        if (request.TryGetProperty("capacityProviderStrategy", out var strategy))
        {
            UpdateStrategy(service, strategy, FakeJson.Bool(request, "forceNewDeployment") == true);
        }

        writer.WriteStartObject();
        writer.WritePropertyName("service");
        WriteService(writer, service, tags: false);
        writer.WriteEndObject();
    }

    /// <summary>As ECS: an in-place strategy change needs a new deployment, and every provider must be associated with the cluster.</summary>
    private void UpdateStrategy(FakeEcsService service, JsonElement strategy, bool forceNewDeployment)
    {
        if (!forceNewDeployment)
        {
            throw new FakeAwsError("InvalidParameterException", "Changing the capacity provider strategy requires forceNewDeployment.");
        }

        var items = strategy.EnumerateArray()
            .Select(i => (FakeJson.Required(i, "capacityProvider"), FakeJson.Int(i, "weight") ?? 0, FakeJson.Int(i, "base") ?? 0)).ToList();
        var associated = account.ClusterProviders.GetValueOrDefault(service.Cluster, []);
        if (items.FirstOrDefault(i => !associated.Contains(i.Item1)) is { Item1: { } missing })
        {
            throw new FakeAwsError("InvalidParameterException", $"The specified capacity provider {missing} is not associated with the cluster.");
        }

        service.Strategy = items;
        service.Updates++;
    }

    private void TagResource(JsonElement request, Utf8JsonWriter writer)
    {
        var arn = FakeJson.Required(request, "resourceArn");
        var service = account.Services.SingleOrDefault(s => s.Arn == arn) ?? throw new FakeAwsError("InvalidParameterException", $"Unknown resource {arn}.");
        foreach (var tag in request.GetProperty("tags").EnumerateArray())
        {
            service.Tags[FakeJson.Required(tag, "key")] = FakeJson.String(tag, "value") ?? "";
        }

        writer.WriteStartObject();
        writer.WriteEndObject();
    }

    private void DescribeTaskDefinition(JsonElement request, Utf8JsonWriter writer)
    {
        var arn = FakeJson.Required(request, "taskDefinition");
        if (!account.Services.Any(s => s.TaskDefinition == arn))
        {
            throw new FakeAwsError("ClientException", $"Unable to describe task definition {arn}.");
        }

        writer.WriteStartObject();
        writer.WriteStartObject("taskDefinition");
        writer.WriteString("taskDefinitionArn", arn);
        writer.WriteString("status", "ACTIVE");
        writer.WriteString("cpu", "512");
        writer.WriteString("memory", "1024");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteService(Utf8JsonWriter writer, FakeEcsService service, bool tags)
    {
        writer.WriteStartObject();
        writer.WriteString("serviceArn", service.Arn);
        writer.WriteString("serviceName", service.Name);
        writer.WriteString("clusterArn", ClusterArn(service.Cluster));
        writer.WriteString("status", "ACTIVE");
        writer.WriteNumber("desiredCount", service.DesiredCount);
        writer.WriteNumber("runningCount", service.DesiredCount);
        writer.WriteNumber("pendingCount", 0);
        if (service.Strategy is null)
        {
            writer.WriteString("launchType", "FARGATE");
        }
        else
        {
            writer.WriteStartArray("capacityProviderStrategy");
            foreach (var (provider, weight, @base) in service.Strategy)
            {
                writer.WriteStartObject();
                writer.WriteString("capacityProvider", provider);
                writer.WriteNumber("weight", weight);
                writer.WriteNumber("base", @base);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteString("taskDefinition", service.TaskDefinition);
        writer.WriteString("schedulingStrategy", service.Daemon ? "DAEMON" : "REPLICA");
        writer.WriteStartArray("deployments");
        writer.WriteStartObject();
        writer.WriteString("id", "ecs-svc/1");
        writer.WriteString("status", "PRIMARY");
        writer.WriteString("rolloutState", "COMPLETED");
        writer.WriteNumber("desiredCount", service.DesiredCount);
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (tags)
        {
            FakeJson.WriteTags(writer, "tags", service.Tags);
        }

        writer.WriteEndObject();
    }
}
