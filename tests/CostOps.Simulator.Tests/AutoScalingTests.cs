using CostOps.Aws.AutoScaling;

namespace CostOps.Simulator.Tests;

public sealed class AutoScalingTests
{
    [Fact]
    public async Task ScalingActivity_DesiredSetToZeroUnderMinTwo_PullsItBackToTwo()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("prod").AddService("prod", "backend", 3);
        bed.Account.AddScalableTarget("prod", "backend", 2, 6);

        await bed.SetDesiredAsync("prod", "backend", 0);
        Assert.Equal(0, bed.Account.Service("backend").DesiredCount);
        bed.Account.Advance(TimeSpan.FromMinutes(2));

        var service = await bed.DescribeAsync("prod", "backend");
        Assert.Equal(2, service.DesiredCount);
        bed.Account.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(2, (await bed.DescribeAsync("prod", "backend")).RunningCount);
        Assert.Contains(bed.Account.Changes, c => c.What.Contains("Auto Scaling keeps it in [2, 6]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RegisterScalableTarget_BoundsZeroedFirst_DesiredZeroStaysAndRestoringBoundsPullsItUp()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("prod").AddService("prod", "backend", 3);
        bed.Account.AddScalableTarget("prod", "backend", 2, 6);

        await Register(bed, 0, 0);
        await bed.SetDesiredAsync("prod", "backend", 0);
        bed.Account.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await bed.DescribeAsync("prod", "backend")).DesiredCount);

        await Register(bed, 2, 6);

        Assert.Equal(2, bed.Account.Service("backend").DesiredCount);
        Assert.Equal((2, 6), (bed.Account.Target("prod", "backend").Min, bed.Account.Target("prod", "backend").Max));
    }

    [Fact]
    public async Task ScalingActivity_DynamicScalingSuspended_LeavesTheCountAlone()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("prod").AddService("prod", "backend", 3);
        bed.Account.AddScalableTarget("prod", "backend", 2, 6);
        bed.Account.Target("prod", "backend").DynamicScalingInSuspended = true;
        bed.Account.Target("prod", "backend").DynamicScalingOutSuspended = true;

        await bed.SetDesiredAsync("prod", "backend", 0);
        bed.Account.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(0, bed.Account.Service("backend").DesiredCount);
    }

    private static Task<RegisterScalableTargetResponse> Register(Testbed bed, int min, int max) =>
        bed.AutoScaling.RegisterScalableTargetAsync(new RegisterScalableTargetRequest
        {
            ServiceNamespace = "ecs",
            ResourceId = "service/prod/backend",
            ScalableDimension = "ecs:service:DesiredCount",
            MinCapacity = min,
            MaxCapacity = max,
        }, CancellationToken.None);
}
