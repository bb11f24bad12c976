using CostOps.Hosting.Events;

namespace CostOps.Hosting;

/// <summary>A function's work for one invocation. Report partial failure with <see cref="InvocationResult.Failed(System.Text.Json.Nodes.JsonNode, string)"/>; throw only for what cannot be summarised.</summary>
public interface IInvocationHandler
{
    Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context);
}
