using System.Text;
using CostOps.Hosting.Events;

namespace CostOps.Hosting.Tests.Events;

public sealed class EventTargetTests
{
    private static InvocationEvent Parse(string json) => EventParser.Parse(Encoding.UTF8.GetBytes(json));

    private static InvocationEvent ParseFixture(string name) => EventParser.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)));

    [Fact]
    public void Parse_WorkerRunFixture_ReadsTheTarget()
    {
        var parsed = Assert.IsType<ManualCommand>(ParseFixture("worker-run.json"));

        Assert.Equal(new EventTarget("111111111111", "eu-west-1"), parsed.Target);
        Assert.Equal("arn:aws:ecs:eu-west-1:111111111111:service/app/api", parsed.Continuation);
    }

    [Fact]
    public void Parse_WorkerBoundaryFixture_ReadsTheTarget()
    {
        var parsed = Assert.IsType<SchedulerPayload>(ParseFixture("worker-boundary.json"));

        Assert.Equal(SchedulerTrigger.Boundary, parsed.Trigger);
        Assert.Equal(new EventTarget("111111111111", "eu-west-1"), parsed.Target);
    }

    [Fact]
    public void Parse_RunWithoutTarget_NoTarget() => Assert.Null(Assert.IsType<ManualCommand>(Parse("""{"command":"run"}""")).Target);

    [Theory]
    [InlineData("""{"command":"run","account":"11111111111","region":"eu-west-1"}""", "account", "'11111111111'", "12 digits")]
    [InlineData("""{"command":"run","account":111111111111,"region":"eu-west-1"}""", "account", "111111111111", "a string")]
    [InlineData("""{"command":"run","account":"111111111111","region":"EU-west-1"}""", "region", "'EU-west-1'", "an AWS Region")]
    [InlineData("""{"command":"run","account":"111111111111"}""", "region", "(missing)", "because account is set")]
    [InlineData("""{"command":"run","region":"eu-west-1"}""", "account", "(missing)", "because region is set")]
    [InlineData("""{"command":"report","account":"111111111111","region":"eu-west-1"}""", "account", "'111111111111'", "only with the 'run' command")]
    [InlineData("""{"source":"costops.scheduler","trigger":"boundary","schedule":"s","account":"1","region":"eu-west-1"}""", "account", "'1'", "12 digits")]
    public void Parse_BadTarget_NamesFieldValueAndExpectation(string json, string field, string value, string expected)
    {
        var ex = Assert.Throws<InvalidEventException>(() => Parse(json));

        Assert.Equal((field, value), (ex.Field, ex.Value));
        Assert.Contains(expected, ex.Expected, StringComparison.Ordinal);
    }
}
