namespace CostOps.Core.Wake;

/// <summary>Who asked for a wake, for the log, the metric and the activity record.</summary>
/// <param name="Source">"load-balancer" (someone opened the service) or "function-url" (a script or chat tool).</param>
/// <param name="Who">The signed IAM caller of the function URL; null from the load balancer.</param>
/// <param name="SourceIp">The client's address as the load balancer or function URL saw it.</param>
public sealed record WakeCaller(string Source, string? Who, string? SourceIp)
{
    public const string LoadBalancer = "load-balancer";
    public const string FunctionUrl = "function-url";
}
