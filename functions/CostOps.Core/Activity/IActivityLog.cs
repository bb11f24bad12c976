namespace CostOps.Core.Activity;

/// <summary>Append-only record of service activity, kept for at least 90 days.</summary>
public interface IActivityLog
{
    Task AppendAsync(IReadOnlyList<ServiceActivity> items, CancellationToken cancellationToken);

    /// <summary>Every record with <c>from &lt;= At &lt; to</c>, oldest first.</summary>
    IAsyncEnumerable<ServiceActivity> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
