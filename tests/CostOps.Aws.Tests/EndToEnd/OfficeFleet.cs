using CostOps.Simulator;

namespace CostOps.Aws.Tests.EndToEnd;

/// <summary>
/// 20 services in two managed clusters plus one service in an unmanaged cluster. Which ones a run in
/// the evening must stop, and what a morning run must restore, are listed here beside the fleet itself.
/// </summary>
internal static class OfficeFleet
{
    public const string Inline = "mon-fri 08:00-20:00 Europe/Berlin";
    public const string Schedules = """{"schedules":{"office":{"timezone":"Europe/Berlin","periods":["mon-fri 07:00-19:00"]}}}""";

    /// <summary>Tuesday 2026-03-03 21:30 in Berlin (CET): every office schedule is off.</summary>
    public const string Evening = "2026-03-03T20:30:00Z";

    /// <summary>Wednesday 2026-03-04 09:30 in Berlin: every office schedule is on.</summary>
    public const string Morning = "2026-03-04T08:30:00Z";

    public const string ScaledCluster = "data";
    public const string Scaled = "data-08";
    public const int ScaledMin = 2;
    public const int ScaledMax = 6;

    /// <summary>The desired counts before the first run, of every service in the managed clusters.</summary>
    public static readonly IReadOnlyDictionary<string, int> Original = new Dictionary<string, int>
    {
        ["shop-01"] = 1, ["shop-02"] = 2, ["shop-03"] = 3, ["shop-04"] = 1, ["shop-05"] = 2,
        ["shop-06"] = 4, ["shop-07"] = 1, ["shop-08"] = 2, ["shop-09"] = 2, ["shop-10"] = 3,
        ["data-01"] = 1, ["data-02"] = 5, ["data-03"] = 2, ["data-04"] = 1, ["data-05"] = 3,
        ["data-06"] = 2, ["data-07"] = 4, ["data-08"] = 3, ["data-09"] = 0, ["data-10"] = 2,
    };

    /// <summary>Scheduled, replica, above 0: the evening run stops exactly these.</summary>
    public static readonly IReadOnlySet<string> Stopped = new HashSet<string>(
        ["shop-01", "shop-02", "shop-03", "shop-04", "shop-05", "shop-06", "shop-07", "shop-08",
         "data-01", "data-02", "data-03", "data-04", "data-05", "data-06", "data-07", "data-08"]);

    /// <summary>The fleet in a simulated account in eu-west-1 whose seed decides throttling draws.</summary>
    public static SimulatedAccount Create(int seed = 1)
    {
        var account = new SimulatedAccount(new SimulatorOptions { Region = "eu-west-1", Seed = seed })
            .AddCluster("shop", (SchedulerOverHttp.ClusterTagKey, "true"))
            .AddCluster("data", (SchedulerOverHttp.ClusterTagKey, "true"))
            .AddCluster("sandbox");
        foreach (var (name, desired) in Original)
        {
            var cluster = name[..4];
            switch (name)
            {
                case "shop-08" or "data-07":
                    account.AddService(cluster, name, desired, tags: [("costops:schedule", "office"), ("team", "web")]);
                    break;
                case "shop-09":
                    account.AddService(cluster, name, desired, tags: ("costops:schedule", "none"));
                    break;
                case "shop-10":
                    account.AddService(cluster, name, desired, daemon: true, tags: ("costops:schedule", Inline));
                    break;
                case "data-10":
                    account.AddService(cluster, name, desired);
                    break;
                default:
                    account.AddService(cluster, name, desired, tags: ("costops:schedule", Inline));
                    break;
            }
        }

        account.AddScalableTarget(ScaledCluster, Scaled, ScaledMin, ScaledMax);
        account.AddService("sandbox", "sandbox-01", 2, tags: ("costops:schedule", Inline));
        return account;
    }
}
