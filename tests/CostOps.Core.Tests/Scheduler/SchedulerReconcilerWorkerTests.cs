namespace CostOps.Core.Tests.Scheduler;

/// <summary>A reconciler running as one worker of a hub scheduler, for one account-region.</summary>
public class SchedulerReconcilerWorkerTests
{
    [Fact]
    public async Task RunAsync_Worker_RecordsItsAccountAndRegion()
    {
        var h = new SchedulerHarness { Options = new() { Region = "us-east-1", Account = "111111111111" } };
        h.Fleet.Add("api", 3);

        await h.RunAsync();

        var run = Assert.Single(h.Store.Runs);
        Assert.Equal(("111111111111", "us-east-1", 1), (run.Account, run.Region, run.Stopped));
    }

    [Fact]
    public async Task RunAsync_SingleAccount_RecordsNoAccountOrRegion()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);

        await h.RunAsync();

        var run = Assert.Single(h.Store.Runs);
        Assert.Equal((null, null), (run.Account, run.Region));
    }
}
