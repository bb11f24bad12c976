namespace CostOps.Core.Wake;

/// <summary>The services whose listener rules currently point at the wake function (from the scheduler's state).</summary>
public interface IWakeDirectory
{
    Task<IReadOnlyList<WakeCandidate>> WaitingAsync(CancellationToken cancellationToken);
}
