using CostOps.Core.Costs;

namespace CostOps.Hosting.Events;

/// <summary>
/// A manual invoke: <c>{"command":"run"|"report"|"check","dryRun":bool,"continuation":"…","isoWeek":"2026-W47","preview":bool,
/// "account":"111111111111","region":"eu-west-1"}</c>; only <c>command</c> is required. <see cref="Continuation"/> is opaque to the host.
/// </summary>
public sealed record ManualCommand(
    ManualCommandKind Command,
    bool DryRun,
    string? Continuation,
    IsoWeek? IsoWeek) : InvocationEvent
{
    /// <summary><c>report</c> only: render the report and return it without sending, storing or recording the week.</summary>
    public bool Preview { get; init; }

    /// <summary><c>run</c> only: the account-region of a worker run of a hub scheduler; null for the hub's own run.</summary>
    public EventTarget? Target { get; init; }

    public override EventKind Kind => EventKind.ManualCommand;
}
