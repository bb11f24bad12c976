using CostOps.Hosting.Events;

namespace CostOps.Hosting;

/// <summary>Passes only the event kinds a function handles to its handler and rejects the rest with an <see cref="InvalidEventException"/>.</summary>
public sealed class AcceptOnlyHandler : IInvocationHandler
{
    private readonly string _functionName;
    private readonly IReadOnlySet<EventKind> _accepted;
    private readonly IInvocationHandler _inner;

    public AcceptOnlyHandler(string functionName, IReadOnlyCollection<EventKind> accepted, IInvocationHandler inner)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(functionName);
        ArgumentNullException.ThrowIfNull(accepted);
        if (accepted.Count == 0)
        {
            throw new ArgumentException("at least one event kind must be accepted", nameof(accepted));
        }

        _functionName = functionName;
        _accepted = new HashSet<EventKind>(accepted);
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    }

    public Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context)
    {
        ArgumentNullException.ThrowIfNull(invocationEvent);
        if (!_accepted.Contains(invocationEvent.Kind))
        {
            var accepted = string.Join(", ", _accepted.Order().Select(k => k.Name()));
            throw new InvalidEventException("event kind", $"'{invocationEvent.Kind.Name()}'", $"an event the {_functionName} function handles: {accepted}");
        }

        return _inner.HandleAsync(invocationEvent, context);
    }
}
