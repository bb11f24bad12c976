namespace CostOps.Simulator;

/// <summary>A registered task definition: its size and CPU architecture decide what a running task costs.</summary>
/// <param name="Cpu">CPU units (1024 = 1 vCPU).</param>
/// <param name="Memory">Memory in MiB.</param>
/// <param name="Architecture"><c>X86_64</c> or <c>ARM64</c>.</param>
public sealed record SimTaskDefinition(string Arn, string Family, int Revision, int Cpu, int Memory, string Architecture)
{
    public decimal Vcpu => Cpu / 1024m;

    public decimal MemoryGb => Memory / 1024m;
}
