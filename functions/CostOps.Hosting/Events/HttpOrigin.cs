namespace CostOps.Hosting.Events;

/// <summary>Where an HTTP request came from; each has its own event and response format.</summary>
public enum HttpOrigin
{
    /// <summary>An Application Load Balancer forwarding to a Lambda target group (<c>requestContext.elb</c>).</summary>
    LoadBalancer,

    /// <summary>A Lambda function URL, payload format 2.0 (<c>requestContext.http</c>).</summary>
    FunctionUrl,
}
