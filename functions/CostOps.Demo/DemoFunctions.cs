using CostOps.Core.State;
using CostOps.Hosting;
using CostOps.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Demo;

/// <summary>
/// The five CostOps functions as the deployment configures them, through their Lambda entry points: each gets its
/// environment variables (AWS_ENDPOINT_URL at the simulator), the simulator's handler and the shared in-memory state.
/// </summary>
internal sealed class DemoFunctions
{
    public const string TopicArn = "arn:aws:sns:us-west-2:123456789012:costops-reports";
    public const string Bucket = "costops-reports";

    public DemoFunctions(SimulatedAccount account, SimulatorHandler handler, ICostOpsStateStore store, CostOps.Core.Spot.Ports.ISpotUsageLog spotUsage, FakeTimeProvider clock)
    {
        var common = SimulatedAws.Variables(account);
        common["COSTOPS_TABLE"] = "costops-state";
        common["COSTOPS_FUNCTION_TIMEOUT_SECONDS"] = "900";
        common["COSTOPS_TOPIC_ARN"] = TopicArn;
        common["COSTOPS_ACCOUNT_ID"] = account.Options.AccountId;
        var overrides = new HostOverrides(handler, store, spotUsage);

        Scheduler = Deploy("costops-scheduler", common, clock, overrides, new()
        {
            ["COSTOPS_CLUSTERS"] = SeedFleet.Cluster,
            ["COSTOPS_SCHEDULES"] = SeedFleet.Schedules,
            ["COSTOPS_BOUNDARY_SCHEDULE_GROUP"] = "costops-boundary",
            ["COSTOPS_BOUNDARY_ROLE_ARN"] = $"arn:aws:iam::{account.Options.AccountId}:role/costops-scheduler-invoke",
            ["COSTOPS_FUNCTION_ARN"] = SchedulerArn(account),
            ["COSTOPS_WAKE_TARGET_GROUP_ARN"] = DemoWake.WakeTargetGroupArn(account)!,
        }, ports => new CostOps.Scheduler.Function(ports).HandleAsync);
        CostReport = Deploy("costops-cost-report", common, clock, overrides, new()
        {
            ["COSTOPS_REPORT_BUCKET"] = Bucket,
            ["COSTOPS_REPORT_TIMEZONE"] = SeedFleet.Zone,
            ["COSTOPS_CLUSTERS"] = SeedFleet.Cluster,
        }, ports => new CostOps.CostReport.Function(ports).HandleAsync);
        BudgetAlerts = Deploy("costops-budget-alerts", common, clock, overrides, new() { ["COSTOPS_CLUSTERS"] = SeedFleet.Cluster }, ports => new CostOps.BudgetAlerts.Function(ports).HandleAsync);
        SpotManager = Deploy("costops-spot-manager", common, clock, overrides, new() { ["COSTOPS_CLUSTERS"] = SeedFleet.Cluster },
            ports => new CostOps.SpotManager.Function(ports).HandleAsync);
        Wake = Deploy("costops-wake", common, clock, overrides, new() { ["COSTOPS_SCHEDULER_FUNCTION"] = "costops-scheduler" },
            ports => new CostOps.Wake.Function(ports).HandleAsync);
    }

    public static string SchedulerArn(SimulatedAccount account) => $"arn:aws:lambda:{account.Region}:{account.Options.AccountId}:function:costops-scheduler";

    public DeployedFunction Scheduler { get; }

    public DeployedFunction CostReport { get; }

    public DeployedFunction BudgetAlerts { get; }

    public DeployedFunction SpotManager { get; }

    public DeployedFunction Wake { get; }

    public IEnumerable<DeployedFunction> All => [Scheduler, CostReport, BudgetAlerts, SpotManager, Wake];

    private static DeployedFunction Deploy(string name, Dictionary<string, string> common, FakeTimeProvider clock, HostOverrides overrides,
        Dictionary<string, string> own, Func<HostPorts, Func<Stream, Task<Stream>>> create)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal) { ["AWS_LAMBDA_FUNCTION_NAME"] = name };
        foreach (var (key, value) in common.Concat(own))
        {
            variables[key] = value;
        }

        var output = new StringWriter();
        var ports = new HostPorts(variables, clock, output, () => null) { Overrides = overrides };
        return new DeployedFunction(name, create(ports), output);
    }
}
