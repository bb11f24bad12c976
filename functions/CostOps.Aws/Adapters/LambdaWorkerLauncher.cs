using CostOps.Aws.Lambda;
using CostOps.Core.Targets;
using CostOps.Core.Targets.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>
/// Starts a worker of a hub scheduler: an asynchronous (Event) invocation of this same function with
/// <c>{"command":"run","account":"…","region":"…","dryRun":…}</c>. Lambda queues it and answers 202 at once.
/// </summary>
public sealed class LambdaWorkerLauncher : IWorkerLauncher
{
    private readonly ILambdaClient _client;
    private readonly string _functionName;

    public LambdaWorkerLauncher(ILambdaClient client, string functionName)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        if (string.IsNullOrWhiteSpace(functionName))
        {
            throw new ArgumentException("The hub cannot start workers without its own function name; set AWS_LAMBDA_FUNCTION_NAME (Lambda sets it).", nameof(functionName));
        }

        _functionName = functionName;
    }

    public async Task StartAsync(AccountRegion target, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var payload = RunPayload.Write(target.AccountId, target.Region, dryRun, continuation: null);
        await _client.InvokeAsync(new InvokeRequest { FunctionName = _functionName, Payload = payload }, cancellationToken).ConfigureAwait(false);
    }
}
