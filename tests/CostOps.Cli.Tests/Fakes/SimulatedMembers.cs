using CostOps.Aws.Adapters;
using CostOps.Cli.Aws;
using CostOps.Cli.Fleet;
using CostOps.Core.Scheduler;
using CostOps.Core.Schedules;
using CostOps.Core.State;
using CostOps.Simulator;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CostOps.Cli.Tests.Fakes;

/// <summary>
/// A hub (eu-central-1, table in memory) and its member accounts on one clock: 111111111111 with cluster app
/// (api 2 tasks, web 1) in eu-west-1 and cluster app (worker 1) in us-east-1; 222222222222 with cluster app in
/// eu-west-1, whose member role refuses AssumeRole. The tfvars file lists both with two regions; office hours
/// mon-fri 08:00-20:00 UTC. The clock starts on Monday 23 November 2026 at 19:30 UTC.
/// </summary>
public sealed class SimulatedMembers : IDisposable
{
    public const string Account1 = "111111111111";
    public const string Account2 = "222222222222";

    public const string Tfvars = """
        region   = "eu-central-1"
        clusters = ["tools"]
        targets = {
          external_id = "3f9a6c1e8d2b47a0"
          regions     = ["eu-west-1", "us-east-1"]
          targets = [
            { accounts = ["111111111111"], clusters = ["app"] },
            { accounts = ["222222222222"], regions = ["eu-west-1"], clusters = ["app"] },
          ]
        }
        """;

    private readonly TempRepository _repository = new();
    private readonly Mock<IAwsClientFactory> _aws = new(MockBehavior.Strict);

    public SimulatedMembers()
    {
        Store = new InMemoryStateStore(Clock);
        Hub = new SimulatedAccount(new SimulatorOptions { Region = "eu-central-1", AccountId = "999999999999" }, Clock);
        Hub.AddCluster("tools");
        Hub.Sync();
        Routing = new AccountRoutingHandler(new SimulatorHandler(Hub));
        Member1West = Member(Account1, "eu-west-1", ("api", 2), ("web", 1));
        Member1East = Member(Account1, "us-east-1", ("worker", 1));
        Member(Account2, "eu-west-1", ("api", 1));
        Roles.Denied.Add(Account2);
        _aws.SetupGet(a => a.Roles).Returns(Roles);
        _aws.SetupGet(a => a.CallerIdentity).Returns(new Mock<ICallerIdentityClient>(MockBehavior.Strict).Object);
        foreach (var (key, value) in SimulatedAws.Variables(Hub))
        {
            Environment[key] = value;
        }

        Environment["COSTOPS_SCHEDULES"] = SimulatedFleet.Schedules;
        _repository.WithTfvars(Tfvars);
    }

    public FakeTimeProvider Clock { get; } = new(SimulatedFleet.Start);

    public SimulatedAccount Hub { get; }

    public SimulatedAccount Member1West { get; }

    public SimulatedAccount Member1East { get; }

    public AccountRoutingHandler Routing { get; }

    public FakeRoleAssumer Roles { get; } = new();

    public InMemoryStateStore Store { get; }

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public StringWriter Out { get; private set; } = new();

    public StringWriter Error { get; private set; } = new();

    public async Task<int> RunAsync(params string[] args)
    {
        Out = new StringWriter();
        Error = new StringWriter();
        var host = new CliHost(Environment, _repository.Root, _repository.Home, new FakeProcessRunner(), _aws.Object, Out, Error, true)
        {
            Time = Clock,
            AwsHandler = Routing,
            StateStore = Store,
        };
        return await CliApp.RunAsync(args, host);
    }

    /// <summary>The scheduler's reconciler on one member account-region with its assumed keys, state in the hub's store.</summary>
    public async Task<SchedulerRunSummary> RunSchedulerAsync(SimulatedAccount member, string account)
    {
        var log = new QuietLog();
        var variables = new Dictionary<string, string>(SimulatedAws.Variables(member), StringComparer.Ordinal)
        {
            ["AWS_ACCESS_KEY_ID"] = FakeRoleAssumer.KeyOf(account),
            ["AWS_SECRET_ACCESS_KEY"] = "member-secret",
        };
        var aws = new CostOps.Aws.AwsAccess(variables, Clock, log, handler: Routing);
        var ports = new CostOps.Core.Scheduler.SchedulerPorts(
            new EcsServiceInventory(aws.Ecs, new EcsInventoryOptions { Clusters = ["app"] }, log),
            new EcsServiceCapacity(aws.Ecs),
            new AutoScalingServiceScaling(aws.AutoScaling),
            new EcsServiceTagger(aws.Ecs),
            new NoContinuation(),
            Store,
            Store);
        var reconciler = new SchedulerReconciler(new ScheduleDecider(ScheduleConfiguration.FromJson(SimulatedFleet.Schedules)), ports, new SchedulerOptions(), log, log, Clock);
        var summary = await reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);
        member.Sync();
        return summary;
    }

    public void At(DateTimeOffset time)
    {
        Clock.SetUtcNow(time);
        Hub.Sync();
        Member1West.Sync();
        Member1East.Sync();
    }

    public void Dispose() => _repository.Dispose();

    private SimulatedAccount Member(string account, string region, params (string Name, int Tasks)[] services)
    {
        var member = new SimulatedAccount(new SimulatorOptions { Region = region, AccountId = account }, Clock);
        member.AddCluster("app");
        var small = member.RegisterTaskDefinition("app-small", 256, 512);
        foreach (var (name, tasks) in services)
        {
            member.AddService("app", name, tasks, small);
        }

        member.Sync();
        Routing.Add(account, new SimulatorHandler(member));
        return member;
    }
}
