using System.Text.Json;
using CostOps.Aws.Lambda;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>
/// Queues an asynchronous invocation of this same function (production passes AWS_LAMBDA_FUNCTION_NAME)
/// with a manual-invoke event: <c>{"command":"run","dryRun":…,"continuation":"…"}</c>.
/// </summary>
public sealed class LambdaRunContinuation : IRunContinuation
{
    private readonly ILambdaClient _client;
    private readonly string _functionName;

    public LambdaRunContinuation(ILambdaClient client, string functionName)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        if (string.IsNullOrWhiteSpace(functionName))
        {
            throw new ArgumentException(
                "The scheduler cannot continue a run without its own function name; set AWS_LAMBDA_FUNCTION_NAME (Lambda sets it).", nameof(functionName));
        }

        _functionName = functionName;
    }

    public async Task ContinueAsync(SchedulerRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _client.InvokeAsync(new InvokeRequest { FunctionName = _functionName, Payload = Payload(request) }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The continuation member is left out for a fresh pass (no token).</summary>
    internal static byte[] Payload(SchedulerRunRequest request)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("command", "run");
            writer.WriteBoolean("dryRun", request.DryRun);
            if (request.ContinuationToken is not null)
            {
                writer.WriteString("continuation", request.ContinuationToken);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
