using CostOps.Hosting;
using CostOps.Hosting.Events;

namespace CostOps.BudgetAlerts;

/// <summary>Builds the budget alerts's handler at cold start. The domain work is not wired yet: replace the inner handler.</summary>
internal static class Composition
{
    internal static readonly EventKind[] Events = [EventKind.ScheduledEvent];
    internal static readonly ManualCommandKind[] Commands = [ManualCommandKind.Check];

    public static IInvocationHandler Compose(HostComposition composition) =>
        new AcceptOnlyHandler(composition.FunctionName, Events, Commands, new PendingHandler(composition.FunctionName));
}
