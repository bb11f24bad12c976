using CostOps.Core.Observability;
using CostOps.Hosting;
using CostOps.Hosting.Configuration;
using CostOps.Hosting.Events;
using CostOps.Scheduler;
using CostOps.TestSupport;
using CsCheck;
using Moq;

namespace CostOps.Functions.Tests.Scheduler;

public sealed class CompositionTests
{
    private const string Group = "costops";
    private const string Role = "arn:aws:iam::123456789012:role/costops-boundary-wakeup";
    private const string Arn = "arn:aws:lambda:us-east-1:123456789012:function:costops-scheduler";

    private readonly Mock<IStructuredLog> _log = new();

    [Fact]
    public void Compose_AllThreeWakeUpVariables_ComposesWithoutSayingItIsOff()
    {
        var env = Compose(Group, Role, Arn);

        Assert.Empty(env.Problems);
        _log.Verify(l => l.Write(It.IsAny<LogLevel>(), "scheduler.wakeup_off", It.IsAny<string>(), It.IsAny<IReadOnlyList<LogField>>()), Times.Never);
    }

    [Fact]
    public void Compose_NoWakeUpVariable_ComposesAndSaysOnceThatTheTickAloneDecides()
    {
        var env = Compose(null, null, null);

        Assert.Empty(env.Problems);
        _log.Verify(l => l.Write(LogLevel.Info, "scheduler.wakeup_off",
            "boundary wake-up off: the safety tick alone decides how late a boundary is handled", It.IsAny<IReadOnlyList<LogField>>()), Times.Once);
    }

    [Theory]
    [InlineData(Group, null, null, "COSTOPS_BOUNDARY_ROLE_ARN,COSTOPS_FUNCTION_ARN")]
    [InlineData(null, Role, Arn, "COSTOPS_BOUNDARY_SCHEDULE_GROUP")]
    [InlineData(Group, Role, " ", "COSTOPS_FUNCTION_ARN")]
    public void Compose_SomeWakeUpVariables_IsAProblemNamingEachMissingOne(string? group, string? role, string? arn, string missing)
    {
        var env = Compose(group, role, arn);

        var names = missing.Split(',');
        Assert.Equal(names, env.Problems.Select(p => p.Name));
        Assert.All(env.Problems, p => Assert.Null(p.Value));
        Assert.All(env.Problems, p => Assert.Contains("or none of them to turn it off", p.Expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("costops group", Role, Arn, "COSTOPS_BOUNDARY_SCHEDULE_GROUP", "costops group")]
    [InlineData(Group, "costops-boundary-wakeup", Arn, "COSTOPS_BOUNDARY_ROLE_ARN", "costops-boundary-wakeup")]
    [InlineData(Group, Role, "costops-scheduler", "COSTOPS_FUNCTION_ARN", "costops-scheduler")]
    public void Compose_MalformedWakeUpVariable_IsAProblemQuotingTheValue(string group, string role, string arn, string name, string value)
    {
        var env = Compose(group, role, arn);

        var problem = Assert.Single(env.Problems);
        Assert.Equal((name, value), (problem.Name, problem.Value));
    }

    [Fact]
    public void Compose_AnyWakeUpValues_NeverThrowsAndOnlyReportsTheWakeUpVariables()
    {
        string?[] known = [null, "", Group, Role, Arn];
        var value = Gen.OneOf(Gen.Int[0, known.Length - 1].Select(i => known[i]), Gen.String.Select(s => (string?)s));
        Gen.Select(value, value, value).Sample((group, role, arn) =>
        {
            var env = Compose(group, role, arn);
            return env.Problems.All(p => p.Name.StartsWith("COSTOPS_BOUNDARY_", StringComparison.Ordinal) || p.Name == "COSTOPS_FUNCTION_ARN");
        }, iter: 300);
    }

    [Fact]
    public void WakeUpInput_IsABoundaryPayloadTheSchedulerAccepts()
    {
        var parsed = EventParser.Parse(System.Text.Encoding.UTF8.GetBytes(CostOps.Aws.Adapters.EventBridgeBoundaryWakeUp.Input));

        var payload = Assert.IsType<SchedulerPayload>(parsed);
        Assert.Equal(SchedulerTrigger.Boundary, payload.Trigger);
        Assert.Contains(EventKind.SchedulerPayload, Composition.Events);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/costops-wake/0123456789abcdef")]
    public void Compose_WakeTargetGroupUnsetOrAnArn_ComposesWithoutProblem(string? arn)
    {
        var env = Compose(Group, Role, Arn, arn);

        Assert.Empty(env.Problems);
    }

    [Theory]
    [InlineData("costops-wake")]
    [InlineData("arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/lb/1")]
    [InlineData("arn:aws:ecs:eu-west-1:123456789012:targetgroup/x")]
    public void Compose_WakeTargetGroupNotATargetGroupArn_IsAProblemQuotingTheValue(string arn)
    {
        var env = Compose(Group, Role, Arn, arn);

        var problem = Assert.Single(env.Problems);
        Assert.Equal((Composition.WakeTargetGroup, arn), (problem.Name, problem.Value));
        Assert.Contains("unset to turn waking off", problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_AnyWakeTargetGroupValue_NeverThrowsAndOnlyReportsThatVariable()
    {
        Gen.String.Sample(value =>
        {
            var env = Compose(Group, Role, Arn, value);
            return env.Problems.All(p => p.Name == Composition.WakeTargetGroup);
        }, iter: 300);
    }

    private EnvironmentReader Compose(string? group, string? role, string? arn, string? wakeGroup = null)
    {
        var variables = Inputs.With(Inputs.SchedulerEnvironment(), new()
        {
            ["COSTOPS_BOUNDARY_SCHEDULE_GROUP"] = group,
            ["COSTOPS_BOUNDARY_ROLE_ARN"] = role,
            ["COSTOPS_FUNCTION_ARN"] = arn,
            [Composition.WakeTargetGroup] = wakeGroup,
        });
        var env = new EnvironmentReader(variables);
        Composition.Compose(new HostComposition("scheduler", env, TestClock.At("2026-11-16T07:00:00Z"), _log.Object, Mock.Of<IMetricSink>()));
        return env;
    }
}
