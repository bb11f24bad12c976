using CostOps.Hosting;
using CostOps.Hosting.Events;

namespace CostOps.SpotManager;

/// <summary>Builds the Spot manager's handler at cold start. The domain work is not wired yet: replace the inner handler.</summary>
internal static class Composition
{
    internal static readonly EventKind[] Events = [EventKind.EcsServiceAction, EventKind.EcsTaskStateChange];
    internal static readonly ManualCommandKind[] Commands = [];

    public static IInvocationHandler Compose(HostComposition composition) =>
        new AcceptOnlyHandler(composition.FunctionName, Events, Commands, new PendingHandler(composition.FunctionName));
}
