using CostOps.ColdStart;

// A provided.al2023 bootstrap: compose the function named by _HANDLER (an init error if that fails), then serve
// invocations from the Runtime API at AWS_LAMBDA_RUNTIME_API until the process is stopped.
var api = Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API");
if (string.IsNullOrEmpty(api))
{
    await Console.Error.WriteLineAsync("AWS_LAMBDA_RUNTIME_API is not set: this bootstrap runs under the Lambda Runtime API (host:port).");
    return 2;
}

using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
var runtime = new RuntimeApiClient(http, api);
Func<Stream, Task<Stream>> handle;
try
{
    handle = FunctionEntry.Create(Environment.GetEnvironmentVariable("_HANDLER"));
}
#pragma warning disable CA1031 // any failure to compose is reported to Lambda as an init error
catch (Exception ex)
#pragma warning restore CA1031
{
    await runtime.InitErrorAsync(ex);
    return 1;
}

while (true)
{
    var (requestId, traceId, body) = await runtime.NextAsync();
    Environment.SetEnvironmentVariable("_X_AMZN_TRACE_ID", traceId);
    Stream result;
    try
    {
        result = await handle(new MemoryStream(body, writable: false));
    }
#pragma warning disable CA1031 // the invocation's failure goes to Lambda; the loop serves the next one
    catch (Exception ex)
#pragma warning restore CA1031
    {
        await runtime.FailAsync(requestId, ex);
        continue;
    }

    await using (result)
    {
        await runtime.RespondAsync(requestId, result);
    }
}
