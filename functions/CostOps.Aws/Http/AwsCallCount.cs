namespace CostOps.Aws.Http;

/// <summary>Counts for one operation: HTTP attempts sent, retries among them, and throttled answers.</summary>
public sealed record AwsCallCount(string ServiceId, string Operation, long Calls, long Retries, long Throttles);
