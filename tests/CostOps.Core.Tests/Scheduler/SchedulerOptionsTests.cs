using CostOps.Core.Scheduler;

namespace CostOps.Core.Tests.Scheduler;

public sealed class SchedulerOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        var options = new SchedulerOptions();

        options.Validate();

        Assert.Equal(TimeSpan.FromSeconds(600), options.TimeBudget);
        Assert.Equal(8, options.MaxConcurrency);
        Assert.False(options.RestopDrift);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(900)]
    public void Validate_TimeBudgetOutOfRange_ThrowsNamingTheField(int seconds)
    {
        var options = new SchedulerOptions { TimeBudget = TimeSpan.FromSeconds(seconds) };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Equal(nameof(SchedulerOptions.TimeBudget), ex.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Validate_ConcurrencyOutOfRange_Throws(int concurrency)
    {
        var options = new SchedulerOptions { MaxConcurrency = concurrency };

        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }

    [Fact]
    public void Validate_EmptyStatusTagKey_Throws()
    {
        Assert.Throws<ArgumentException>(new SchedulerOptions { StatusTagKey = " " }.Validate);
    }
}
