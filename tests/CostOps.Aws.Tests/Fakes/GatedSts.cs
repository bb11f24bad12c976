using CostOps.Aws.Sts;

namespace CostOps.Aws.Tests.Fakes;

/// <summary>An STS whose AssumeRole calls stay pending until the test completes them, one by one, in order.</summary>
internal sealed class GatedSts : IStsClient
{
    private readonly Queue<TaskCompletionSource<AssumedRole>> _pending = new();

    public List<AssumeRoleRequest> Requests { get; } = [];

    public int Pending => _pending.Count;

    public Task<AssumedRole> AssumeRoleAsync(AssumeRoleRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var call = new TaskCompletionSource<AssumedRole>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending.Enqueue(call);
        return call.Task;
    }

    /// <summary>Answers the oldest pending call with keys named after <paramref name="key"/>, expiring at <paramref name="expiration"/>.</summary>
    public void Issue(string key, DateTimeOffset expiration) =>
        _pending.Dequeue().SetResult(new AssumedRole(key, key + "-secret", key + "-token", expiration, "arn:aws:sts::111111111111:assumed-role/costops-member/costops-scheduler"));

    public void Fail(Exception error) => _pending.Dequeue().SetException(error);
}
