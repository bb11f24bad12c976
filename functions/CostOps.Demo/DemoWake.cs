using CostOps.Simulator;

namespace CostOps.Demo;

/// <summary>
/// The demo's wake: dev-frontend sits behind an Application Load Balancer with <c>costops:wake=on</c>, and on Tuesday
/// 3 November at 21:30 PST, after the 20:00 stop, a developer opens it. The request is the event the load balancer
/// sends to the wake function's Lambda target group.
/// </summary>
internal static class DemoWake
{
    public const string Service = "dev-frontend";
    public const string Host = "dev-frontend.durable-code.example.com";

    /// <summary>Tuesday 3 November 2026 21:30 PST.</summary>
    public static readonly DateTimeOffset RequestAt = new(2026, 11, 4, 5, 30, 0, TimeSpan.Zero);

    /// <summary>A load balancer with one listener, a host rule forwarding to the service's target group, and the wake function's Lambda target group.</summary>
    public static void AddLoadBalancer(SimulatedAccount account)
    {
        var service = account.Services.Single(s => s.Name == Service);
        service.Tags["costops:wake"] = "on";
        var listener = account.LoadBalancing.AddLoadBalancer("durable-code-dev");
        var balancer = account.LoadBalancing.Listeners.Single(l => l.ListenerArn == listener).LoadBalancerArn!;
        var group = account.LoadBalancing.AddTargetGroup("durable-code-dev-frontend", balancer, service);
        account.LoadBalancing.AddLambdaTargetGroup("costops-wake");
        account.LoadBalancing.AddRule(listener, 10, Host, group);
    }

    public static string? WakeTargetGroupArn(SimulatedAccount account) => account.LoadBalancing.TargetGroups.FirstOrDefault(g => g.Service is null)?.Arn;

    public static string RuleArn(SimulatedAccount account) => account.LoadBalancing.Rules.Single(r => !r.IsDefault).Arn;

    /// <summary>The ALB's Lambda event for a browser opening the service's address.</summary>
    public static string Request(SimulatedAccount account) => $$$"""
        {"requestContext":{"elb":{"targetGroupArn":"{{{WakeTargetGroupArn(account)}}}"}},"httpMethod":"GET","path":"/","queryStringParameters":{},
         "headers":{"accept":"text/html,application/xhtml+xml","host":"{{{Host}}}","user-agent":"Mozilla/5.0","x-forwarded-for":"203.0.113.7","x-forwarded-port":"80","x-forwarded-proto":"http"},
         "body":"","isBase64Encoded":false}
        """;
}
