using CostOps.Core.State;
using CostOps.Hosting;
using CostOps.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Cli.Invoke;

/// <summary>
/// The simulated account <c>costops invoke --simulator</c> runs a function against: cluster dev in eu-west-1 with api
/// (2 tasks, auto-scaled 2..4), web (1 task) and batch (costops:schedule=none), on office hours mon-fri 08:00-20:00 UTC,
/// running for the week before now (so there is a cost history), a monthly budget of $100, and an in-memory state table.
/// </summary>
public sealed class SimulatedInvokeAccount
{
    public const string Region = "eu-west-1";
    public const string Cluster = "dev";
    public const string Schedules = """{"default":"office-hours","schedules":{"office-hours":{"timezone":"UTC","periods":["mon-fri 08:00-20:00"]}}}""";

    public SimulatedInvokeAccount(DateTimeOffset now)
    {
        Clock = new FakeTimeProvider(now.AddDays(-7));
        Account = new SimulatedAccount(new SimulatorOptions { Region = Region, StartupDelay = TimeSpan.Zero }, Clock);
        Account.AddCluster(Cluster);
        var small = Account.RegisterTaskDefinition("dev-small", 256, 512);
        Account.AddService(Cluster, "api", 2, small);
        Account.AddService(Cluster, "web", 1, small);
        Account.AddService(Cluster, "batch", 1, small, tags: ("costops:schedule", "none"));
        Account.AddScalableTarget(Cluster, "api", 2, 4);
        Account.AddBudget("dev-monthly", 100m);
        Account.Sync();
        Clock.SetUtcNow(now);
        Account.Sync();
        var store = new InMemoryStateStore(Clock);
        Overrides = new HostOverrides(new SimulatorHandler(Account), store, new InMemorySpotUsageLog());
    }

    public FakeTimeProvider Clock { get; }

    public SimulatedAccount Account { get; }

    public HostOverrides Overrides { get; }

    /// <summary>The variables the deployment would set, pointed at the simulator; <paramref name="function"/> is a canonical name.</summary>
    public Dictionary<string, string?> Variables(string function)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["AWS_LAMBDA_FUNCTION_NAME"] = $"costops-{function}",
            ["COSTOPS_TABLE"] = "costops-state",
            ["COSTOPS_FUNCTION_TIMEOUT_SECONDS"] = "900",
            ["COSTOPS_ACCOUNT_ID"] = Account.Options.AccountId,
            ["COSTOPS_TOPIC_ARN"] = $"arn:aws:sns:{Region}:{Account.Options.AccountId}:costops-reports",
            ["COSTOPS_CLUSTERS"] = Cluster,
            ["COSTOPS_SCHEDULES"] = Schedules,
            ["COSTOPS_REPORT_BUCKET"] = "costops-reports",
            ["COSTOPS_REPORT_TIMEZONE"] = "UTC",
            ["COSTOPS_SCHEDULER_FUNCTION"] = "costops-scheduler",
        };
        foreach (var (key, value) in SimulatedAws.Variables(Account))
        {
            variables[key] = value;
        }

        return variables;
    }
}
