using CostOps.Hosting.Configuration;

namespace CostOps.Hosting.Tests.Configuration;

public sealed class HostOptionsTests
{
    private static EnvironmentReader Reader(params (string Name, string? Value)[] variables) =>
        new(variables.ToDictionary(v => v.Name, v => v.Value));

    [Fact]
    public void Read_TimeoutOnly_UsesDefaultMargin()
    {
        var options = HostOptions.Read(Reader((HostOptions.TimeoutVariable, "300")));

        Assert.Equal(TimeSpan.FromSeconds(300), options.FunctionTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), options.DeadlineMargin);
        Assert.Equal(TimeSpan.FromSeconds(290), options.WorkTime);
    }

    [Fact]
    public void Read_TimeoutMissing_ReportsIt()
    {
        var reader = Reader();

        HostOptions.Read(reader);

        Assert.Equal("COSTOPS_FUNCTION_TIMEOUT_SECONDS is not set: expected a whole number from 10 to 900", Assert.Single(reader.Problems).ToString());
    }

    [Fact]
    public void Read_MarginNotBelowTimeout_ReportsTheMargin()
    {
        var reader = Reader((HostOptions.TimeoutVariable, "30"), (HostOptions.MarginVariable, "30"));

        HostOptions.Read(reader);

        var problem = Assert.Single(reader.Problems);
        Assert.Equal(HostOptions.MarginVariable, problem.Name);
        Assert.Equal("fewer seconds than COSTOPS_FUNCTION_TIMEOUT_SECONDS (30)", problem.Expected);
    }
}
