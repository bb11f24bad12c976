using System.Collections.Concurrent;
using System.Globalization;
using CostOps.Aws.Ecs;
using CostOps.Core.Activity;
using CostOps.Core.Observability;

namespace CostOps.Aws.Adapters;

/// <summary>
/// Task sizes by task definition ARN. A revisioned task definition never changes, so a size is kept
/// for the life of the instance: thousands of services share a few definitions.
/// </summary>
/// <remarks>
/// A definition that cannot be described gives no size rather than failing the listing. The caller
/// passes a set that remembers such failures for one listing, so a denied permission costs one call,
/// not one per service, while the next listing tries again.
/// </remarks>
internal sealed class TaskSizeCache(IEcsClient client, IStructuredLog log)
{
    private const decimal UnitsPerVcpu = 1024m;
    private const decimal MibPerGb = 1024m;
    private readonly ConcurrentDictionary<string, TaskSize?> _sizes = new(StringComparer.Ordinal);

    public async Task<TaskSize?> GetAsync(string? taskDefinition, ISet<string> failedThisListing, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(taskDefinition) || failedThisListing.Contains(taskDefinition))
        {
            return null;
        }

        if (_sizes.TryGetValue(taskDefinition, out var known))
        {
            return known;
        }

        DescribeTaskDefinitionResponse response;
        try
        {
            response = await client.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = taskDefinition }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failedThisListing.Add(taskDefinition);
            log.Write(LogLevel.Warning, "inventory.task_definition", $"Task definition could not be described; its services are listed without a task size: {ex.Message}",
                [new("taskDefinition", taskDefinition)]);
            return null;
        }

        var size = response.TaskDefinition is { } definition ? FromDefinition(definition) : null;
        _sizes[taskDefinition] = size;
        return size;
    }

    /// <summary>Task-level cpu (units, or "N vCPU") and memory (MiB, or "N GB"); null when either is absent or unreadable.</summary>
    internal static TaskSize? FromDefinition(TaskDefinition definition)
    {
        var vcpu = Parse(definition.Cpu, "vcpu", UnitsPerVcpu);
        var memoryGb = Parse(definition.Memory, "gb", MibPerGb);
        if (vcpu is null || memoryGb is null)
        {
            return null;
        }

        var architecture = definition.RuntimePlatform?.CpuArchitecture;
        return new TaskSize(vcpu.Value, memoryGb.Value, string.IsNullOrEmpty(architecture) ? TaskSize.X86 : architecture);
    }

    private static decimal? Parse(string? text, string unitSuffix, decimal perUnit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var inUnits = trimmed.EndsWith(unitSuffix, StringComparison.OrdinalIgnoreCase);
        var number = inUnits ? trimmed[..^unitSuffix.Length].Trim() : trimmed;
        if (!decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return null;
        }

        return inUnits ? value : value / perUnit;
    }
}
