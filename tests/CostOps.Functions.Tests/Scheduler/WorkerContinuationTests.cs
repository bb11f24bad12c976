using CostOps.Hosting.Events;
using CostOps.Simulator;

namespace CostOps.Functions.Tests.Scheduler;

/// <summary>A worker that runs out of its time budget continues in a new invocation for the same account-region.</summary>
public sealed class WorkerContinuationTests
{
    private const string Dev = "111111111111";

    [Fact]
    public async Task WorkerRun_BudgetUsedUp_ContinuationCarriesTheTargetAndFinishesTheJob()
    {
        var organization = new SimulatedOrganization(clock: new(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero)));
        var member = organization.AddAccount(Dev, "eu-west-1").AddCluster("app");
        for (var i = 0; i < 60; i++)
        {
            member.AddService("app", $"svc-{i:00}", 2);
        }

        // Every call in the member account takes a virtual second: a 30-second budget covers only part of the fleet.
        organization.HandlerFor(Dev, "eu-west-1").OnCall = _ => organization.Clock.Advance(TimeSpan.FromSeconds(1));
        var deployment = new OrganizationDeployment(organization,
            """{"role":"costops-member","regions":["eu-west-1"],"targets":[{"accounts":["111111111111"],"clusters":["app"]}]}""",
            new() { ["COSTOPS_TIME_BUDGET_SECONDS"] = "30", ["COSTOPS_MAX_CONCURRENCY"] = "1" });

        await deployment.RunAsync(Inputs.Scheduled);

        var continuations = deployment.Runs.Select(r => EventParser.Parse(System.Text.Encoding.UTF8.GetBytes(r.Input)))
            .OfType<ManualCommand>().Where(c => c.Continuation is not null).ToList();
        Assert.NotEmpty(continuations);
        Assert.All(continuations, c => Assert.Equal(new EventTarget(Dev, "eu-west-1"), c.Target));
        Assert.All(deployment.Runs, r => Assert.Null(r.Failure));
        Assert.All(member.Services, s => Assert.Equal(0, s.DesiredCount));
    }
}
