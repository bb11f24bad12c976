using CostOps.Aws.Adapters;
using CostOps.Aws.Ecs;
using CostOps.Core.Activity;

namespace CostOps.Aws.Tests.Adapters;

public sealed class TaskSizeCacheTests
{
    [Theory]
    [InlineData("256", "512", null, "0.25", "0.5", TaskSize.X86)]
    [InlineData("1024", "2048", "ARM64", "1", "2", TaskSize.Arm)]
    [InlineData("4096", "30720", "X86_64", "4", "30", TaskSize.X86)]
    [InlineData("1 vCPU", "3 GB", "", "1", "3", TaskSize.X86)]
    [InlineData("0.5 vcpu", "1024", null, "0.5", "1", TaskSize.X86)]
    public void FromDefinition_CpuMemoryPlatform_ConvertsToVcpuAndGb(string cpu, string memory, string? architecture, string vcpu, string gb, string expectedArchitecture)
    {
        var size = TaskSizeCache.FromDefinition(new TaskDefinition
        {
            Cpu = cpu,
            Memory = memory,
            RuntimePlatform = architecture is null ? null : new RuntimePlatform { CpuArchitecture = architecture },
        });

        Assert.Equal(new TaskSize(decimal.Parse(vcpu, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(gb, System.Globalization.CultureInfo.InvariantCulture), expectedArchitecture), size);
    }

    [Theory]
    [InlineData(null, "512")]
    [InlineData("256", null)]
    [InlineData("lots", "512")]
    [InlineData("256", "0")]
    public void FromDefinition_CpuOrMemoryMissingOrUnreadable_ReturnsNull(string? cpu, string? memory) =>
        Assert.Null(TaskSizeCache.FromDefinition(new TaskDefinition { Cpu = cpu, Memory = memory }));
}
