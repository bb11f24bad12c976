using Amazon.Runtime;
using CostOps.Aws.Sts;

namespace CostOps.Aws.Http;

/// <summary>
/// Signs with a role assumed through STS: the credentials are kept until <see cref="RefreshBefore"/> ahead of their
/// expiry, and at most one AssumeRole call for the role is in flight: concurrent callers wait for it. A failed call is
/// not remembered: every caller waiting on it gets the error, and the next call asks STS again. Credentials AWS
/// refused (<see cref="Invalidate"/>) are dropped at once, so the next call assumes the role again.
/// </summary>
/// <remarks>
/// The shared refresh does not run on any one caller's cancellation token (one caller giving up must not fail the
/// others); each caller stops waiting when its own token is cancelled. The STS call itself is bounded by the
/// transport's timeout and retries.
/// </remarks>
public sealed class AssumedRoleCredentialSource : IRefreshableCredentialSource
{
    /// <summary>Credentials are renewed this long before they expire, so a request signed now is never rejected as expired in flight.</summary>
    public static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);

    private const string SessionPrefix = "costops-";

    private readonly IStsClient _sts;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private ImmutableCredentials? _current;
    private DateTimeOffset _refreshAt;
    private Task<ImmutableCredentials>? _inFlight;

    public AssumedRoleCredentialSource(IStsClient sts, AssumeRoleRequest request, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(sts);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(time);
        var problems = AssumeRoleRules.Problems(request);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Cannot assume '{request.RoleArn}': {string.Join(" ", problems)}", nameof(request));
        }

        _sts = sts;
        Request = request;
        _time = time;
    }

    public AssumeRoleRequest Request { get; }

    /// <summary>
    /// The session name that identifies CostOps in the member account's CloudTrail: <c>costops-{function}</c>, characters
    /// STS does not accept replaced by '-', cut to STS' 64 characters.
    /// </summary>
    public static string SessionName(string functionName)
    {
        ArgumentNullException.ThrowIfNull(functionName);
        var name = functionName.StartsWith(SessionPrefix, StringComparison.Ordinal) ? functionName : SessionPrefix + functionName;
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || "_+=,.@-".Contains(c, StringComparison.Ordinal) ? c : '-').ToArray());
        return safe.Length <= AssumeRoleRules.MaxSessionNameLength ? safe : safe[..AssumeRoleRules.MaxSessionNameLength];
    }

    public async Task<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TaskCompletionSource<ImmutableCredentials>? mine = null;
        Task<ImmutableCredentials> refresh;
        lock (_gate)
        {
            if (_current is not null && _time.GetUtcNow() < _refreshAt)
            {
                return _current;
            }

            if (_inFlight is null)
            {
                mine = new TaskCompletionSource<ImmutableCredentials>(TaskCreationOptions.RunContinuationsAsynchronously);
                _inFlight = mine.Task;
            }

            refresh = _inFlight;
        }

        if (mine is not null)
        {
            _ = RefreshAsync(mine); // Never throws: the outcome goes to the shared task.
        }

        return await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Invalidate(ImmutableCredentials refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        lock (_gate)
        {
            if (_current is not null && Same(_current, refused))
            {
                _current = null;
            }
        }
    }

    private static bool Same(ImmutableCredentials a, ImmutableCredentials b) =>
        string.Equals(a.AccessKey, b.AccessKey, StringComparison.Ordinal) && string.Equals(a.Token, b.Token, StringComparison.Ordinal);

    private async Task RefreshAsync(TaskCompletionSource<ImmutableCredentials> completion)
    {
        try
        {
            var role = await _sts.AssumeRoleAsync(Request, CancellationToken.None).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            if (role.Expiration <= now)
            {
                throw new InvalidDataException(
                    $"STS issued credentials for '{Request.RoleArn}' that expired at {role.Expiration:O}, before now ({now:O}); check the clock of the machine running CostOps.");
            }

            var credentials = new ImmutableCredentials(role.AccessKeyId, role.SecretAccessKey, role.SessionToken);
            var refreshAt = role.Expiration - RefreshBefore;
            lock (_gate)
            {
                _current = credentials;
                // Credentials shorter-lived than the margin are still used, and renewed halfway through what is left.
                _refreshAt = refreshAt > now ? refreshAt : now + ((role.Expiration - now) / 2);
                _inFlight = null;
            }

            completion.SetResult(credentials);
        }
        catch (Exception ex)
        {
            lock (_gate)
            {
                _inFlight = null;
            }

            completion.SetException(ex);
        }
    }
}
