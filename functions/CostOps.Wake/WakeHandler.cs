using System.Text.Json.Nodes;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Wake;
using CostOps.Hosting;
using CostOps.Hosting.Events;

namespace CostOps.Wake;

/// <summary>
/// Answers the two ways to wake a service: a request a load balancer sends to the wake target group while the
/// service is stopped (a page for browsers, 503 with Retry-After for API clients), and a signed POST to the function URL.
/// A wake that fails answers 503 and logs an error: it is never a Lambda error, which the load balancer would turn into a 502.
/// </summary>
internal sealed class WakeHandler(Waker waker, IWakeDirectory directory, IWakeServices services) : IInvocationHandler
{
    private const string HealthChecker = "ELB-HealthChecker";

    public async Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context)
    {
        var request = (HttpRequestEvent)invocationEvent;
        HttpAnswer answer;
        try
        {
            answer = request.Origin == HttpOrigin.LoadBalancer
                ? await FromLoadBalancerAsync(request, context.CancellationToken)
                : await FromFunctionUrlAsync(request, context.CancellationToken);
        }
        catch (Exception ex) when (!context.CancellationToken.IsCancellationRequested)
        {
            context.Log.Write(LogLevel.Error, "wake.failed", $"Could not wake the service: {ex.GetType().Name}: {ex.Message}",
                [new("path", request.Path), new("sourceIp", request.SourceIp)]);
            context.Metrics.Add("WakeErrors", 1, MetricUnit.Count);
            answer = WakePage.WantsHtml(request.Header("accept")) && request.Origin == HttpOrigin.LoadBalancer
                ? new HttpAnswer(503, "text/html", WakePage.Message("Could not wake this service", "CostOps could not start it just now; this page tries again.", refresh: true), WakePage.RefreshSeconds)
                : HttpAnswer.Json(503, new JsonObject { ["error"] = "could not wake the service now; try again" }, WakePage.RefreshSeconds);
        }

        return InvocationResult.Succeeded(answer.ToResponse(request.Origin));
    }

    private async Task<HttpAnswer> FromLoadBalancerAsync(HttpRequestEvent request, CancellationToken ct)
    {
        if (request.Header("user-agent")?.StartsWith(HealthChecker, StringComparison.Ordinal) == true)
        {
            return new HttpAnswer(200, "text/plain", "ok");
        }

        var html = WakePage.WantsHtml(request.Header("accept"));
        var candidate = WakeRequestMatcher.Match(await directory.WaitingAsync(ct), request.Header("host"), request.Path);
        var target = candidate is null ? null : await services.GetAsync(candidate.Ref, ct);
        if (target is null)
        {
            // Rules restored a moment ago, or a rule CostOps did not divert: a reload reaches the service or shows the same answer.
            const string nothing = "No stopped service is waiting at this address. If it was just woken, reload in a few seconds.";
            return html
                ? new HttpAnswer(404, "text/html", WakePage.Message("Nothing to wake here", nothing, refresh: false))
                : HttpAnswer.Json(404, new JsonObject { ["error"] = nothing });
        }

        var result = await waker.WakeAsync(target, null, new WakeCaller(WakeCaller.LoadBalancer, null, request.SourceIp), ct);
        var (cluster, service) = (target.Ref.ClusterName, target.Ref.ServiceName);
        return html
            ? new HttpAnswer(503, "text/html", WakePage.Waking(cluster, service, result.Until), WakePage.RefreshSeconds)
            : HttpAnswer.Json(503, Describe(result, $"{cluster}/{service} is waking up, usually ready in a minute or two; retry after {WakePage.RefreshSeconds} seconds"), WakePage.RefreshSeconds);
    }

    private async Task<HttpAnswer> FromFunctionUrlAsync(HttpRequestEvent request, CancellationToken ct)
    {
        if (request.Caller is null)
        {
            return HttpAnswer.Error(403, "caller", null, "a request signed with AWS credentials (the function URL uses AWS_IAM auth)", "unsigned request");
        }

        if (!string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return HttpAnswer.Error(405, "method", request.Method, "POST with {\"cluster\",\"service\",\"for\"}", "method not allowed");
        }

        var body = WakeRequestBody.Parse(request.Body);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var target = await services.FindAsync(body.Cluster!, body.Service!, ct);
        if (target is null)
        {
            return HttpAnswer.Error(404, "service", $"{body.Cluster}/{body.Service}", "an active ECS service in that cluster", "no such service");
        }

        if (!WakeOptIn.IsOn(target.Tags))
        {
            return HttpAnswer.Error(403, "service", $"{body.Cluster}/{body.Service}",
                $"a service tagged {WakeOptIn.TagKey}={WakeOptIn.On}", "waking is not turned on for this service");
        }

        var result = await waker.WakeAsync(target, body.For, new WakeCaller(WakeCaller.FunctionUrl, request.Caller, request.SourceIp), ct);
        return HttpAnswer.Json(200, Describe(result, result.Wrote ? "keep-running written; the scheduler starts the service now" : "already kept running; nothing written"));
    }

    private static JsonObject Describe(WakeResult result, string message) => new()
    {
        ["cluster"] = result.Ref.ClusterName,
        ["service"] = result.Ref.ServiceName,
        ["keepRunningUntil"] = result.Until is { } until ? WakePlan.TagValue(until) : null,
        ["written"] = result.Wrote,
        ["capped"] = result.Capped,
        ["message"] = message,
    };
}
