namespace CostOps.Core.Activity;

/// <summary>The Fargate size of one task: vCPU, memory in GB, and CPU architecture (X86_64 or ARM64).</summary>
public sealed record TaskSize(decimal Vcpu, decimal MemoryGb, string Architecture)
{
    public const string X86 = "X86_64";
    public const string Arm = "ARM64";
}
