using CostOps.Aws.Lambda;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>
/// Queues an asynchronous invocation of this same function (production passes AWS_LAMBDA_FUNCTION_NAME)
/// with a manual-invoke event: <c>{"command":"run","dryRun":…,"continuation":"…"}</c>; a worker of a hub scheduler
/// adds its <c>"account"</c> and <c>"region"</c>, so the rest runs for the same account-region.
/// </summary>
public sealed class LambdaRunContinuation : IRunContinuation
{
    private readonly ILambdaClient _client;
    private readonly string _functionName;
    private readonly string? _account;
    private readonly string? _region;

    /// <param name="account">The worker's account (with <paramref name="region"/>); null in single-account mode.</param>
    public LambdaRunContinuation(ILambdaClient client, string functionName, string? account = null, string? region = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        if (string.IsNullOrWhiteSpace(functionName))
        {
            throw new ArgumentException(
                "The scheduler cannot continue a run without its own function name; set AWS_LAMBDA_FUNCTION_NAME (Lambda sets it).", nameof(functionName));
        }

        _functionName = functionName;
        _account = account;
        _region = region;
    }

    public async Task ContinueAsync(SchedulerRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var payload = RunPayload.Write(_account, _region, request.DryRun, request.ContinuationToken);
        await _client.InvokeAsync(new InvokeRequest { FunctionName = _functionName, Payload = payload }, cancellationToken).ConfigureAwait(false);
    }
}
