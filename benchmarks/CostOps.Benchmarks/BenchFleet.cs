using System.Globalization;
using CostOps.Simulator;

namespace CostOps.Benchmarks;

/// <summary>
/// The benchmark fleet in a simulated account: services spread over tagged clusters, 1-4 tasks each, every
/// second one auto-scaled (1-8), 50 ARM task definitions of 0.5 vCPU / 1 GB, and tags like a real fleet's.
/// ECS throttling is off: the rate floor is computed from the call counts instead (see the report).
/// </summary>
internal static class BenchFleet
{
    public const string Region = "eu-west-1";
    public const string ClusterTagKey = "costops:managed";

    /// <param name="scheduleTag">The costops:schedule value of service i; null leaves the tag off (the default schedule applies).</param>
    public static SimulatedAccount Create(int services, int clusters, int taskDefinitions, Func<int, string?> scheduleTag, bool ecsThrottling = false, DateTimeOffset? start = null, SimulatorOptions? options = null)
    {
        var account = new SimulatedAccount((options ?? new SimulatorOptions()) with { Region = Region, EcsThrottling = ecsThrottling },
            start is null ? null : new Microsoft.Extensions.Time.Testing.FakeTimeProvider(start.Value));
        for (var c = 0; c < clusters; c++)
        {
            account.AddCluster($"cluster-{c:D3}", (ClusterTagKey, "true"));
        }

        var definitions = Enumerable.Range(0, taskDefinitions).Select(d => account.RegisterTaskDefinition($"family-{d}", 512, 1024, "ARM64")).ToList();
        for (var i = 0; i < services; i++)
        {
            var cluster = $"cluster-{i % clusters:D3}";
            var name = $"svc-{i:D5}";
            List<(string, string)> tags =
            [
                ("team", $"team-{i % 37}"),
                ("env", i % 3 == 0 ? "staging" : "dev"),
                ("cost-center", (4000 + (i % 11)).ToString(CultureInfo.InvariantCulture)),
            ];
            if (scheduleTag(i) is { } schedule)
            {
                tags.Add(("costops:schedule", schedule));
            }

            account.AddService(cluster, name, 1 + (i % 4), definitions[i % taskDefinitions], tags: [.. tags]);
            if (i % 2 == 0)
            {
                account.AddScalableTarget(cluster, name, 1, 8);
            }
        }

        return account;
    }
}
