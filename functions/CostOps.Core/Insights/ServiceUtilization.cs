namespace CostOps.Core.Insights;

/// <summary>
/// What CloudWatch saw of one service over a window: hourly CPU and memory utilization (percent of the task
/// size, one value per hour the service ran; AWS/ECS emits nothing while no task runs) and its size.
/// </summary>
/// <param name="Service">"cluster/service".</param>
/// <param name="CpuMaxPercent">Hourly maxima of CPUUtilization.</param>
/// <param name="CpuAveragePercent">Hourly averages of CPUUtilization.</param>
/// <param name="RunningTasks">Tasks the service runs while up (its desired or saved count), for the saving.</param>
public sealed record ServiceUtilization(
    string Service,
    FargateSize Current,
    string Architecture,
    string Region,
    IReadOnlyList<double> CpuMaxPercent,
    IReadOnlyList<double> CpuAveragePercent,
    IReadOnlyList<double> MemoryMaxPercent,
    IReadOnlyList<double> MemoryAveragePercent,
    int RunningTasks);
