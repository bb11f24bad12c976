using CostOps.Core.Activity;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using static CostOps.Core.Tests.Scheduler.SchedulerHarness;

namespace CostOps.Core.Tests.Scheduler;

public sealed class SchedulerReconcilerRecoveryTests
{
    private static readonly ScalingBounds Scaled = new(2, 8, false, true, false);

    private static readonly RuleRoute WebRule = new("rule/web", [new(FakeLoadBalancer.Group("web"), 100), new(FakeLoadBalancer.Group("web-next"), 0)], true, 60);

    [Fact]
    public async Task RunAsync_TenServicesOneFailing_NineChangeFailureRecordedRetriedAndRunFails()
    {
        var h = new SchedulerHarness();
        for (var i = 0; i < 10; i++)
        {
            h.Fleet.Add($"svc{i}", i + 1);
        }

        var denied = true;
        h.Fleet.BeforeMutation = (op, s) =>
        {
            if (denied && s.ServiceName == "svc4" && op == "UpdateService")
            {
                throw new InvalidOperationException("AccessDeniedException: not authorized to perform ecs:UpdateService");
            }
        };

        var first = await h.RunAsync();

        Assert.Equal(9, first.Stopped);
        Assert.Equal(1, first.Failed);
        Assert.False(first.Succeeded);
        var failed = Assert.Single(first.Services, s => s.Action == ServiceAction.Fail);
        Assert.Contains("AccessDenied", failed.Error, StringComparison.Ordinal);
        Assert.Single(h.Activity.Items, a => a.Kind == ActivityKind.Failed && a.ServiceName == "svc4");
        var state = await h.StateAsync("svc4");
        Assert.Contains("AccessDenied", state!.LastError, StringComparison.Ordinal);
        Assert.Equal(5, state.Snapshot!.DesiredCount);

        denied = false;
        var second = await h.RunAtAsync(Evening.AddMinutes(15));

        Assert.True(second.Succeeded);
        Assert.Equal(1, second.Stopped);
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal(0, h.Fleet.Get($"svc{i}").DesiredCount));
        Assert.Null((await h.StateAsync("svc4"))!.LastError);

        await h.RunAtAsync(Morning);
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal(i + 1, h.Fleet.Get($"svc{i}").DesiredCount));
    }

    [Fact]
    public async Task RunAsync_ThrottlingOnThirtyPercentOfCalls_ConvergesWithNoStateLost()
    {
        var h = new SchedulerHarness();
        for (var i = 0; i < 12; i++)
        {
            h.Fleet.Add($"svc{i:00}", i % 4 + 2, i % 3 == 0 ? Scaled : null);
        }

        // Which call is throttled depends only on the service, the operation and how often that pair was tried, never
        // on the order in which concurrent services reach the fleet: three tries in ten fail, the same ones every run.
        var tries = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        h.Fleet.BeforeMutation = (operation, service) =>
        {
            var attempt = tries.AddOrUpdate($"{operation} {service.ServiceName}", 1, (_, n) => n + 1);
            if ((int.Parse(service.ServiceName.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture) + operation.Length + attempt) % 10 < 3)
            {
                throw new InvalidOperationException("ThrottlingException: Rate exceeded");
            }
        };

        await RunUntilSucceededAsync(h, Evening);
        Assert.Contains(tries.Values, n => n > 1);
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(0, h.Fleet.Get($"svc{i:00}").DesiredCount);
            Assert.Equal(i % 4 + 2, (await h.StateAsync($"svc{i:00}"))!.Snapshot!.DesiredCount);
        }

        await RunUntilSucceededAsync(h, Morning);
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(i % 4 + 2, h.Fleet.Get($"svc{i:00}").DesiredCount);
            Assert.Equal(i % 3 == 0 ? Scaled : null, h.Fleet.Scaling($"svc{i:00}"));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunAsync_KilledAfterAnySingleCallDuringStop_NextRunConvergesWithSnapshotAndRulesIntact(bool batchedReads)
    {
        var total = await CleanCallCountAsync(start: false, batchedReads);
        for (var k = 0; k <= total; k++)
        {
            var h = NewFleet(batchedReads);
            h.Fleet.Gate.Arm(k);
            await h.RunAsync();
            h.Fleet.Gate.Disarm();

            await h.RunAtAsync(Evening.AddMinutes(15));

            Assert.Equal(0, h.Fleet.Get("api").DesiredCount);
            Assert.Equal(0, h.Fleet.Get("web").DesiredCount);
            Assert.Equal(Scaled with { Min = 0, Max = 0 }, h.Fleet.Scaling("api"));
            Assert.Equal(Scaled, (await h.StateAsync("api"))!.Snapshot!.Scaling);
            Assert.Equal(4, (await h.StateAsync("api"))!.Snapshot!.DesiredCount);
            Assert.Equal(2, (await h.StateAsync("web"))!.Snapshot!.DesiredCount);
            Assert.Equal(ServiceStatus.Stopped, (await h.StateAsync("api"))!.Status);
            Assert.True(h.Balancer!.AtWake(WebRule.RuleArn));
            Assert.Equal([WebRule], (await h.StateAsync("web"))!.WakeRoutes!);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunAsync_KilledAfterAnySingleCallDuringStart_NextRunRestoresCountsAndRulesExactly(bool batchedReads)
    {
        var total = await CleanCallCountAsync(start: true, batchedReads);
        for (var k = 0; k <= total; k++)
        {
            var h = NewFleet(batchedReads);
            await h.RunAsync();
            h.Fleet.Gate.Arm(k);
            await h.RunAtAsync(Morning);
            h.Fleet.Gate.Disarm();

            var next = await h.RunAtAsync(Morning.AddMinutes(15));

            Assert.True(next.Succeeded);
            Assert.Equal(4, h.Fleet.Get("api").DesiredCount);
            Assert.Equal(2, h.Fleet.Get("web").DesiredCount);
            Assert.Equal(Scaled, h.Fleet.Scaling("api"));
            Assert.Equal(ServiceStatus.Running, (await h.StateAsync("api"))!.Status);
            Assert.Equal(4, (await h.StateAsync("api"))!.Snapshot!.DesiredCount);
            Assert.Equal(WebRule, h.Balancer!.Rule(WebRule.RuleArn));
            Assert.Null((await h.StateAsync("web"))!.WakeRoutes);
        }
    }

    private static SchedulerHarness NewFleet(bool batchedReads = true)
    {
        var h = new SchedulerHarness { Options = new() { MaxConcurrency = 1 } };
        h.Gated.BatchReads = batchedReads;
        h.Fleet.BatchScalingReads = batchedReads;
        h.Fleet.Add("api", 4, Scaled);
        h.Fleet.Add("web", 2, tags: new() { ["costops:schedule"] = "office", [WakeOptIn.TagKey] = "on" });
        h.Fleet.Change("web", s => s with { TargetGroupArns = [FakeLoadBalancer.Group("web")] });
        h.Balancer = new FakeLoadBalancer(h.Fleet);
        h.Balancer.AddRule(WebRule);
        return h;
    }

    private static async Task<int> CleanCallCountAsync(bool start, bool batchedReads)
    {
        var h = NewFleet(batchedReads);
        await h.RunAsync();
        var afterStop = h.Mutations;
        if (!start)
        {
            return afterStop;
        }

        await h.RunAtAsync(Morning);
        return h.Mutations - afterStop;
    }

    private static async Task RunUntilSucceededAsync(SchedulerHarness h, DateTimeOffset from)
    {
        for (var run = 0; run < 30; run++)
        {
            var summary = await h.RunAtAsync(from.AddMinutes(5 * run));
            if (summary.Succeeded && summary.Services.All(s => s.Action == ServiceAction.None))
            {
                return;
            }
        }

        Assert.Fail("the fleet did not converge within 30 runs");
    }
}
