namespace CostOps.Core.Insights;

/// <summary>
/// Every CPU/memory pair Fargate (Linux) accepts: 256 with 512, 1024 or 2048 MiB; 512 with 1–4 GB; 1024 with
/// 2–8 GB; 2048 with 4–16 GB; 4096 with 8–30 GB (1 GB steps); 8192 with 16–60 GB in 4 GB steps; 16384 with
/// 32–120 GB in 8 GB steps.
/// </summary>
public static class FargateSizes
{
    public static IReadOnlyList<FargateSize> All { get; } = Build();

    public static bool IsValid(FargateSize size) => All.Contains(size);

    private static List<FargateSize> Build()
    {
        var sizes = new List<FargateSize> { new(256, 512), new(256, 1024), new(256, 2048) };
        Add(sizes, 512, 1, 4, 1);
        Add(sizes, 1024, 2, 8, 1);
        Add(sizes, 2048, 4, 16, 1);
        Add(sizes, 4096, 8, 30, 1);
        Add(sizes, 8192, 16, 60, 4);
        Add(sizes, 16384, 32, 120, 8);
        return sizes;
    }

    private static void Add(List<FargateSize> sizes, int cpu, int fromGb, int toGb, int stepGb)
    {
        for (var gb = fromGb; gb <= toGb; gb += stepGb)
        {
            sizes.Add(new FargateSize(cpu, gb * 1024));
        }
    }
}
