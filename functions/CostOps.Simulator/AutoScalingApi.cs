using CostOps.Aws.AutoScaling;
using CostOps.Aws.Json;

namespace CostOps.Simulator;

/// <summary>
/// Application Auto Scaling for ECS services. As in AWS, registering a target pulls the service's desired count
/// into the new [min, max] at once, and later scaling activities keep it there. Called under the account's gate.
/// </summary>
internal sealed class AutoScalingApi(SimulatedAccount account)
{
    private const string Dimension = "ecs:service:DesiredCount";
    private const string Invalid = "ValidationException";
    private static readonly AwsJsonContext Wire = AwsJsonContext.Default;

    public byte[] Handle(string operation, byte[] body, DateTimeOffset now) => operation switch
    {
        "DescribeScalableTargets" => Describe(SimJson.Read(body, Wire.DescribeScalableTargetsRequest, Invalid)),
        "RegisterScalableTarget" => Register(SimJson.Read(body, Wire.RegisterScalableTargetRequest, Invalid), now),
        _ => throw new SimulatorError("UnknownOperationException", $"The simulated Application Auto Scaling does not implement {operation}."),
    };

    private byte[] Describe(DescribeScalableTargetsRequest request)
    {
        RequireEcs(request.ServiceNamespace);
        var ids = request.ResourceIds ?? [];
        var candidates = ids.Count == 0 ? account.Targets.Values.ToList() : [.. ids.Select(account.Targets.GetValueOrDefault).OfType<SimScalableTarget>()];
        var targets = candidates
            .Where(_ => request.ScalableDimension is null or Dimension)
            .Select(t => new ScalableTarget
            {
                ServiceNamespace = "ecs",
                ResourceId = t.ResourceId,
                ScalableDimension = Dimension,
                MinCapacity = t.Min,
                MaxCapacity = t.Max,
                RoleARN = $"arn:aws:iam::{account.Options.AccountId}:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService",
                CreationTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
                SuspendedState = new SuspendedState
                {
                    DynamicScalingInSuspended = t.DynamicScalingInSuspended,
                    DynamicScalingOutSuspended = t.DynamicScalingOutSuspended,
                    ScheduledScalingSuspended = t.ScheduledScalingSuspended,
                },
            }).ToList();
        var (page, next) = SimJson.Page(targets, request.MaxResults is { } max ? Math.Min(max, 100) : null, request.NextToken, 50, 100, Invalid);
        return SimJson.Write(new DescribeScalableTargetsResponse { ScalableTargets = page, NextToken = next }, Wire.DescribeScalableTargetsResponse);
    }

    private byte[] Register(RegisterScalableTargetRequest request, DateTimeOffset now)
    {
        RequireEcs(request.ServiceNamespace);
        var id = request.ResourceId;
        if (request.ScalableDimension != Dimension)
        {
            throw new SimulatorError(Invalid, $"Unsupported scalable dimension {request.ScalableDimension} for {id}.");
        }

        if (!account.Targets.TryGetValue(id, out var target))
        {
            target = new SimScalableTarget(id,
                request.MinCapacity ?? throw new SimulatorError(Invalid, "MinCapacity is required for a new target."),
                request.MaxCapacity ?? throw new SimulatorError(Invalid, "MaxCapacity is required for a new target."));
        }

        var min = request.MinCapacity ?? target.Min;
        var max = request.MaxCapacity ?? target.Max;
        if (min > max)
        {
            throw new SimulatorError(Invalid, $"Minimum capacity cannot be greater than maximum capacity for {id}.");
        }

        if ((min, max) != (target.Min, target.Max))
        {
            account.Changes.Add(new SimChange(now, id, $"Auto Scaling [{target.Min}, {target.Max}] -> [{min}, {max}]"));
        }

        (target.Min, target.Max) = (min, max);
        if (request.SuspendedState is { } suspended)
        {
            target.DynamicScalingInSuspended = suspended.DynamicScalingInSuspended ?? target.DynamicScalingInSuspended;
            target.DynamicScalingOutSuspended = suspended.DynamicScalingOutSuspended ?? target.DynamicScalingOutSuspended;
            target.ScheduledScalingSuspended = suspended.ScheduledScalingSuspended ?? target.ScheduledScalingSuspended;
        }

        account.Targets[id] = target;
        account.Engine.PullIntoBounds(target, now);
        return SimJson.Write(new RegisterScalableTargetResponse(), Wire.RegisterScalableTargetResponse);
    }

    private static void RequireEcs(string serviceNamespace)
    {
        if (serviceNamespace != "ecs")
        {
            throw new SimulatorError(Invalid, "The simulated Application Auto Scaling knows only the ecs namespace.");
        }
    }
}
