using System.Globalization;
using CostOps.Core.Activity;

namespace CostOps.Core.Insights;

/// <summary>A Fargate task size as a task definition states it: CPU units (1024 = 1 vCPU) and memory in MiB.</summary>
public sealed record FargateSize(int CpuUnits, int MemoryMib)
{
    public decimal Vcpu => CpuUnits / 1024m;

    public decimal MemoryGb => MemoryMib / 1024m;

    public TaskSize ToTaskSize(string architecture) => new(Vcpu, MemoryGb, architecture);

    /// <summary>"0.25 vCPU / 0.5 GB".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Vcpu:0.##} vCPU / {MemoryGb:0.##} GB");
}
