using System.Text.Json;

namespace CostOps.Aws.Tests.EndToEnd;

/// <summary>
/// Application Auto Scaling over a <see cref="FakeAwsAccount"/>. As in AWS, registering a target pulls the
/// service's desired count into the new [min, max] at once. Called under the account's lock.
/// </summary>
internal sealed class FakeAutoScalingApi(FakeAwsAccount account)
{
    private const string Dimension = "ecs:service:DesiredCount";

    public void Handle(string operation, JsonElement request, Utf8JsonWriter writer)
    {
        if (FakeJson.String(request, "ServiceNamespace") != "ecs")
        {
            throw new FakeAwsError("ValidationException", "The fake Application Auto Scaling knows only the ecs namespace.");
        }

        switch (operation)
        {
            case "DescribeScalableTargets":
                Describe(request, writer);
                break;
            case "RegisterScalableTarget":
                Register(request, writer);
                break;
            default:
                throw new FakeAwsError("UnknownOperationException", $"The fake Application Auto Scaling does not implement {operation}.");
        }
    }

    private void Describe(JsonElement request, Utf8JsonWriter writer)
    {
        var ids = FakeJson.Strings(request, "ResourceIds");
        var dimension = FakeJson.String(request, "ScalableDimension");
        writer.WriteStartObject();
        writer.WriteStartArray("ScalableTargets");
        foreach (var target in account.Targets.Values.Where(t => (ids.Count == 0 || ids.Contains(t.ResourceId)) && (dimension is null or Dimension)))
        {
            writer.WriteStartObject();
            writer.WriteString("ServiceNamespace", "ecs");
            writer.WriteString("ResourceId", target.ResourceId);
            writer.WriteString("ScalableDimension", Dimension);
            writer.WriteNumber("MinCapacity", target.Min);
            writer.WriteNumber("MaxCapacity", target.Max);
            writer.WriteString("RoleARN", "arn:aws:iam::123456789012:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService");
            writer.WriteNumber("CreationTime", 1767225600.5);
            writer.WriteStartObject("SuspendedState");
            writer.WriteBoolean("DynamicScalingInSuspended", target.DynamicScalingInSuspended);
            writer.WriteBoolean("DynamicScalingOutSuspended", target.DynamicScalingOutSuspended);
            writer.WriteBoolean("ScheduledScalingSuspended", target.ScheduledScalingSuspended);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void Register(JsonElement request, Utf8JsonWriter writer)
    {
        var id = FakeJson.Required(request, "ResourceId");
        if (FakeJson.String(request, "ScalableDimension") != Dimension)
        {
            throw new FakeAwsError("ValidationException", $"Unsupported scalable dimension for {id}.");
        }

        var min = FakeJson.Int(request, "MinCapacity");
        var max = FakeJson.Int(request, "MaxCapacity");
        if (!account.Targets.TryGetValue(id, out var target))
        {
            target = new FakeScalableTarget(id,
                min ?? throw new FakeAwsError("ValidationException", "MinCapacity is required for a new target."),
                max ?? throw new FakeAwsError("ValidationException", "MaxCapacity is required for a new target."));
        }

        if ((min ?? target.Min) > (max ?? target.Max))
        {
            throw new FakeAwsError("ValidationException", $"Minimum capacity cannot be greater than maximum capacity for {id}.");
        }

        target.Min = min ?? target.Min;
        target.Max = max ?? target.Max;
        if (request.TryGetProperty("SuspendedState", out var suspended) && suspended.ValueKind == JsonValueKind.Object)
        {
            target.DynamicScalingInSuspended = FakeJson.Bool(suspended, "DynamicScalingInSuspended") ?? target.DynamicScalingInSuspended;
            target.DynamicScalingOutSuspended = FakeJson.Bool(suspended, "DynamicScalingOutSuspended") ?? target.DynamicScalingOutSuspended;
            target.ScheduledScalingSuspended = FakeJson.Bool(suspended, "ScheduledScalingSuspended") ?? target.ScheduledScalingSuspended;
        }

        account.Targets[id] = target;
        account.PullIntoBounds(target);
        writer.WriteStartObject();
        writer.WriteEndObject();
    }
}
