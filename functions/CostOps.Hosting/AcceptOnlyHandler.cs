using CostOps.Hosting.Events;

namespace CostOps.Hosting;

/// <summary>
/// Passes only the inputs a function handles to its handler and rejects the rest with an
/// <see cref="InvalidEventException"/>: the listed event kinds, and manual commands whose command is listed.
/// </summary>
public sealed class AcceptOnlyHandler : IInvocationHandler
{
    private readonly string _functionName;
    private readonly IReadOnlySet<EventKind> _events;
    private readonly IReadOnlySet<ManualCommandKind> _commands;
    private readonly IInvocationHandler _inner;

    public AcceptOnlyHandler(string functionName, IReadOnlyCollection<EventKind> events, IReadOnlyCollection<ManualCommandKind> commands, IInvocationHandler inner)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(functionName);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(commands);
        if (events.Contains(EventKind.ManualCommand))
        {
            throw new ArgumentException("list manual commands in 'commands', not as an event kind", nameof(events));
        }

        if (events.Count + commands.Count == 0)
        {
            throw new ArgumentException("at least one input must be accepted", nameof(events));
        }

        _functionName = functionName;
        _events = new HashSet<EventKind>(events);
        _commands = new HashSet<ManualCommandKind>(commands);
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    }

    public Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context)
    {
        ArgumentNullException.ThrowIfNull(invocationEvent);
        var (accepted, field, value) = invocationEvent switch
        {
            ManualCommand manual => (_commands.Contains(manual.Command), "command", $"'{Name(manual.Command)}'"),
            _ => (_events.Contains(invocationEvent.Kind), "event kind", $"'{invocationEvent.Kind.Name()}'"),
        };
        if (!accepted)
        {
            throw new InvalidEventException(field, value, $"an input the {_functionName} function handles: {Accepted()}");
        }

        return _inner.HandleAsync(invocationEvent, context);
    }

    private string Accepted() => string.Join(", ", _events.Order().Select(k => k.Name())
        .Concat(_commands.Order().Select(c => $"manual command '{Name(c)}'")));

    private static string Name(ManualCommandKind command) => command.ToString().ToLowerInvariant();
}
