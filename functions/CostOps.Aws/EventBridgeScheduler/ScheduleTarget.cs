namespace CostOps.Aws.EventBridgeScheduler;

/// <summary>What a schedule invokes (a Lambda function here), the role it assumes to do so, and the input it passes.</summary>
public sealed record ScheduleTarget
{
    public required string Arn { get; init; }

    /// <summary>The IAM role EventBridge Scheduler assumes to invoke the target.</summary>
    public required string RoleArn { get; init; }

    /// <summary>The event passed verbatim to the target (for Lambda, the invocation's JSON).</summary>
    public string? Input { get; init; }

    public ScheduleRetryPolicy? RetryPolicy { get; init; }
}
