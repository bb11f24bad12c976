using CostOps.Aws.State;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Aws.Tests.State;

public sealed class WakeRoutesItemTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToItemFromItem_WakeRoutes_RoundTripEveryField()
    {
        RuleRoute[] routes =
        [
            new("rule/web", [new("tg/web", null)]) { Priority = 7, Hosts = ["dev-web.example.com"], Paths = ["/", "/app/*"] },
            new("rule/canary", [new("tg/web", 90), new("tg/next", 10)], true, 3600),
            new("rule/off", [new("tg/web", 0)], false),
        ];
        var state = new ServiceState(new ServiceRef("main", "web", "arn:svc/web"), ServiceStatus.Stopped, 3, At, WakeRoutes: routes);

        var back = ServiceStateItem.FromItem(ServiceStateItem.ToItem(state)).WakeRoutes!;

        Assert.Equal(routes.Length, back.Count);
        for (var i = 0; i < routes.Length; i++)
        {
            Assert.Equal(routes[i].RuleArn, back[i].RuleArn);
            Assert.Equal(routes[i].TargetGroups, back[i].TargetGroups);
            Assert.Equal(routes[i].Priority, back[i].Priority);
            Assert.Equal(routes[i].Hosts, back[i].Hosts);
            Assert.Equal(routes[i].Paths, back[i].Paths);
            Assert.Equal((routes[i].StickinessEnabled, routes[i].StickinessDurationSeconds), (back[i].StickinessEnabled, back[i].StickinessDurationSeconds));
        }
    }

    [Fact]
    public void ToItem_NoWakeRoutes_WritesNoAttributeSoAPutClearsThem()
    {
        var state = new ServiceState(new ServiceRef("main", "web", "arn:svc/web"), ServiceStatus.Running, 4, At, WakeRoutes: []);

        var item = ServiceStateItem.ToItem(state);

        Assert.False(item.ContainsKey(WakeRoutesItem.Attribute));
        Assert.Null(ServiceStateItem.FromItem(item).WakeRoutes);
    }
}
