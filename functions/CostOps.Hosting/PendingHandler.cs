using System.Text.Json.Nodes;
using CostOps.Core.Observability;
using CostOps.Hosting.Events;

namespace CostOps.Hosting;

/// <summary>
/// Stands in for a function whose domain work is not wired yet: it acknowledges the event, says so in a
/// warning log line, and returns <c>{"function":…,"event":…,"handled":false}</c>.
/// </summary>
public sealed class PendingHandler(string functionName) : IInvocationHandler
{
    public Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context)
    {
        ArgumentNullException.ThrowIfNull(invocationEvent);
        ArgumentNullException.ThrowIfNull(context);
        context.Log.Write(LogLevel.Warning, "handler.pending", $"{functionName} accepted the event but its work is not wired yet", [new LogField("eventKind", invocationEvent.Kind.Name())]);
        var body = new JsonObject
        {
            ["function"] = functionName,
            ["event"] = invocationEvent.Kind.Name(),
            ["handled"] = false,
        };
        return Task.FromResult(InvocationResult.Succeeded(body));
    }
}
