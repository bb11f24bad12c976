using CostOps.Aws.Ecs;
using CostOps.Simulator;

namespace CostOps.Demo;

/// <summary>
/// The fleet of the seed cost plan: backend and frontend in dev and prod on one cluster in us-west-2; dev at
/// 256 CPU / 512 MB on Fargate Spot (opted in with costops:capacity=spot), prod at 512 / 1024 on demand; prod backend auto-scaled (min 2, max 6); prod frontend mostly idle (the report recommends a smaller size);
/// office hours 08:00-20:00 on weekdays in Los Angeles; an ALB, CloudWatch, ECR and Route 53 on the bill.
/// </summary>
internal static class SeedFleet
{
    public const string Region = "us-west-2";
    public const string Cluster = "durable-code";
    public const string Zone = "America/Los_Angeles";
    public const string Schedules = """{"default":"office-hours","schedules":{"office-hours":{"timezone":"America/Los_Angeles","periods":["mon-fri 08:00-20:00"]}}}""";
    public const string BudgetName = "durable-code-monthly";
    public const decimal BudgetLimit = 40m;
    public const int ScaledMin = 2;
    public const int ScaledMax = 6;

    /// <summary>The fleet has run 24/7 since then, before CostOps was deployed.</summary>
    public static readonly DateTimeOffset LaunchedAt = new(2026, 10, 19, 7, 0, 0, TimeSpan.Zero);

    /// <summary>Thursday 29 October 2026 00:00 in Los Angeles (PDT): CostOps is deployed.</summary>
    public static readonly DateTimeOffset WeekStart = new(2026, 10, 29, 7, 0, 0, TimeSpan.Zero);

    /// <summary>Thursday 5 November 2026 00:00 in Los Angeles (PST); daylight saving ended on Sunday 1 November.</summary>
    public static readonly DateTimeOffset WeekEnd = new(2026, 11, 5, 8, 0, 0, TimeSpan.Zero);

    /// <summary>dev-frontend is kept up for a demo until Monday 2 November 22:00 PST.</summary>
    public const string KeepRunningUntil = "2026-11-02T22:00-08:00";

    /// <summary>Fargate Spot has no capacity on Tuesday 3 November 14:00-14:45 PST; it opens by interrupting dev-backend.</summary>
    public static readonly DateTimeOffset ShortageFrom = new(2026, 11, 3, 22, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset ShortageTo = new(2026, 11, 3, 22, 45, 0, TimeSpan.Zero);

    /// <summary>prod-frontend is mostly idle: about 8% CPU (peaks up to 20%) and memory up to 30% of its 512 / 1024 size.</summary>
    public static readonly SimUtilization FrontendUtilization = new(8, 20, 22, 30);

    public static readonly string[] Services = ["dev-backend", "dev-frontend", "prod-backend", "prod-frontend"];

    public static SimulatedAccount Create(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock)
    {
        var account = new SimulatedAccount(new SimulatorOptions { Region = Region, Seed = 4, FixedCharges = CostModel.SeedFixedCharges(Region) }, clock);
        account.AddCluster(Cluster, ("team", "durable-code"));
        account.Clusters[Cluster].CapacityProviders.AddRange([SimCapacity.OnDemand, SimCapacity.Spot]);
        var dev = account.RegisterTaskDefinition("durable-code-dev", 256, 512);
        var prod = account.RegisterTaskDefinition("durable-code-prod", 512, 1024);
        IReadOnlyList<CapacityProviderStrategyItem> spot = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 1 }];
        account.AddService(Cluster, "dev-backend", 1, dev, spot, tags: [("Environment", "dev"), ("costops:capacity", "spot")]);
        account.AddService(Cluster, "dev-frontend", 1, dev, spot, tags: [("Environment", "dev"), ("costops:capacity", "spot"), ("keep-running", KeepRunningUntil)]);
        account.AddService(Cluster, "prod-backend", ScaledMin, prod, tags: ("Environment", "prod"));
        account.AddService(Cluster, "prod-frontend", 1, prod, tags: ("Environment", "prod")).Utilization = FrontendUtilization;
        account.AddScalableTarget(Cluster, "prod-backend", ScaledMin, ScaledMax);
        account.AddBudget(BudgetName, BudgetLimit);
        DemoWake.AddLoadBalancer(account);
        account.Spot = new SpotPlan().AddShortage(ShortageFrom, ShortageTo, interruptFirst: true, service: "dev-backend");
        return account;
    }
}
