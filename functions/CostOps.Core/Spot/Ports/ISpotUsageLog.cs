namespace CostOps.Core.Spot.Ports;

/// <summary>Per service and UTC day, the task-hours observed on Spot and on on-demand.</summary>
/// <remarks>
/// Each service has one observation mark. <see cref="TryClaimAsync"/> moves it from <c>previous</c> to <c>now</c>
/// conditionally, so two overlapping ticks never count the same interval twice; only the winner then adds its hours.
/// </remarks>
public interface ISpotUsageLog
{
    Task<DateTimeOffset?> LastObservedAsync(string serviceArn, CancellationToken cancellationToken);

    /// <returns>false when another tick moved the mark first.</returns>
    Task<bool> TryClaimAsync(string serviceArn, DateTimeOffset? previous, DateTimeOffset now, CancellationToken cancellationToken);

    Task AddAsync(IReadOnlyList<SpotUsageDay> usage, CancellationToken cancellationToken);

    /// <summary>Every service's usage for the days <c>from &lt;= Day &lt; toExclusive</c>.</summary>
    IAsyncEnumerable<SpotUsageDay> ReadAsync(DateOnly from, DateOnly toExclusive, CancellationToken cancellationToken);
}
