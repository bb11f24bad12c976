using CostOps.Simulator;

namespace CostOps.Functions.Tests.Scheduler;

/// <summary>
/// One hub and three member accounts in two regions, on the simulated organisation: the scheduler stops and starts every
/// member's services as it does in one account, and the account whose role it cannot assume is reported, alone.
/// </summary>
public sealed class OrganizationRunTests
{
    private const string Dev = "111111111111";
    private const string Staging = "222222222222";
    private const string Prod = "333333333333";
    private static readonly string[] Regions = ["eu-west-1", "us-east-1"];

    private const string Targets = """
        {"role":"costops-member","externalId":"hub-7f3a","regions":["eu-west-1","us-east-1"],"targets":[
          {"accounts":["111111111111"],"clusters":["app"]},
          {"organizationalUnits":["ou-root-workload1"],"clusters":["app"]}]}
        """;

    /// <summary>Monday 5 January 2026, 00:00 UTC: 01:00 in Berlin, outside office hours.</summary>
    private readonly SimulatedOrganization _organization = new(clock: new(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero)));

    public OrganizationRunTests()
    {
        _organization.ExternalId = "hub-7f3a";
        _organization.MemberRoleName = "costops-member";
        foreach (var account in new[] { Dev, Staging, Prod })
        {
            foreach (var region in Regions)
            {
                _organization.AddAccount(account, region).AddCluster("app").AddService("app", "api", 3);
                _organization.Account(account, region).AddService("app", "web", 2);
            }
        }

        _organization.AddOrganizationalUnit("ou-root-workload1", Staging, Prod);
        _organization.DenyAssumeRole(Prod);
    }

    [Fact]
    public async Task ScheduledRun_ThreeAccountsTwoRegionsOneDenied_OthersStopAndStartAsInOneAccountDeniedReported()
    {
        var deployment = new OrganizationDeployment(_organization, Targets);

        await deployment.RunAsync(Inputs.Scheduled);
        var stopped = Counts();
        _organization.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        await deployment.RunAsync(Inputs.Scheduled);
        var started = Counts();

        Assert.Equal([(Dev, "eu-west-1", 0, 0), (Dev, "us-east-1", 0, 0), (Staging, "eu-west-1", 0, 0), (Staging, "us-east-1", 0, 0), (Prod, "eu-west-1", 3, 2), (Prod, "us-east-1", 3, 2)], stopped);
        Assert.Equal([(Dev, "eu-west-1", 3, 2), (Dev, "us-east-1", 3, 2), (Staging, "eu-west-1", 3, 2), (Staging, "us-east-1", 3, 2), (Prod, "eu-west-1", 3, 2), (Prod, "us-east-1", 3, 2)], started);
        var failures = deployment.Runs.Where(r => r.Failure is not null).Select(r => r.Failure!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, f =>
        {
            Assert.Contains($"could not assume arn:aws:iam::{Prod}:role/costops-member in account {Prod}", f, StringComparison.Ordinal);
            Assert.Contains("AccessDenied: User: ", f, StringComparison.Ordinal);
            Assert.Contains("is not authorized to perform: sts:AssumeRole", f, StringComparison.Ordinal);
        });
        Assert.StartsWith($"{Prod}/eu-west-1: ", failures[0], StringComparison.Ordinal);
        Assert.StartsWith($"{Prod}/us-east-1: ", failures[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledRun_HubRun_QueuesEveryWorkerAndAssumesNoRole()
    {
        var deployment = new OrganizationDeployment(_organization, Targets);

        await deployment.Function.HandleAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Inputs.Scheduled)));

        Assert.Equal(6, _organization.Hub.Invocations.Count);
        Assert.Equal(0, _organization.Calls("AssumeRole"));
        Assert.Equal(0, _organization.Calls("ListServices"));
    }

    [Fact]
    public async Task WorkerRuns_RecordsAndWakeUpsAreKeptPerAccountAndRegion()
    {
        var deployment = new OrganizationDeployment(_organization, Targets);

        await deployment.RunAsync(Inputs.Scheduled);

        Assert.Equal(
            [$"{Dev}/eu-west-1", $"{Dev}/us-east-1", $"{Staging}/eu-west-1", $"{Staging}/us-east-1"],
            deployment.Store.Scheduler.Runs.Select(r => $"{r.Account}/{r.Region}").Order(StringComparer.Ordinal));
        Assert.Equal(
            [$"costops-next-boundary-{Dev}-eu-west-1", $"costops-next-boundary-{Dev}-us-east-1", $"costops-next-boundary-{Staging}-eu-west-1", $"costops-next-boundary-{Staging}-us-east-1"],
            _organization.Hub.Schedules.Values.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.All(deployment.Runs.Where(r => r.Body is { } b && b.TryGetProperty("account", out _)), r =>
            Assert.Equal(2, r.Body!.Value.GetProperty("stopped").GetInt32()));
        Assert.Contains($"\"account\":\"{Staging}\",\"region\":\"us-east-1\"", deployment.Output, StringComparison.Ordinal);
    }

    private List<(string Account, string Region, int Api, int Web)> Counts() =>
    [
        .. from account in new[] { Dev, Staging, Prod }
           from region in Regions
           let sim = _organization.Account(account, region)
           select (account, region, sim.Service("api").DesiredCount, sim.Service("web").DesiredCount),
    ];
}
