using CostOps.Hosting.Events;

namespace CostOps.Hosting;

/// <summary>
/// Returned by a composition that found configuration problems: the host reports those problems on every
/// invocation and never calls a handler, so this one only guards against misuse.
/// </summary>
public sealed class UncomposedHandler : IInvocationHandler
{
    public static readonly UncomposedHandler Instance = new();

    private UncomposedHandler()
    {
    }

    public Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context) =>
        throw new InvalidOperationException("the function was not composed because its configuration is invalid");
}
