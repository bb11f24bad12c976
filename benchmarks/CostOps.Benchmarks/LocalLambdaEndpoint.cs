using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CostOps.Simulator;

namespace CostOps.Benchmarks;

/// <summary>
/// One HTTP listener on 127.0.0.1 that a bootstrap process talks to: the Lambda Runtime API (2018-06-01: next,
/// response, error, init error) handing out one event per run, and every other path forwarded to the simulated
/// account's handler, so the fresh process reaches the simulated fleet over real sockets.
/// </summary>
internal sealed class LocalLambdaEndpoint : IDisposable
{
    private const string RuntimePrefix = "/2018-06-01/runtime/";
    private readonly HttpListener _listener = new();
    private readonly HttpMessageInvoker _simulator;
    private readonly Lock _gate = new();
    private readonly List<HttpListenerContext> _held = [];
    private RuntimeApiRun? _run;

    public LocalLambdaEndpoint(SimulatorHandler simulator)
    {
        _simulator = new HttpMessageInvoker(simulator, disposeHandler: false);
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    /// <summary>host:port, the value of AWS_LAMBDA_RUNTIME_API.</summary>
    public string RuntimeApi => $"127.0.0.1:{Port}";

    public Uri AwsEndpoint => new($"http://127.0.0.1:{Port}");


    /// <summary>Hands <paramref name="eventJson"/> to the next GET next; the task ends with the response or the error.</summary>
    public Task<RuntimeApiOutcome> Expect(string eventJson)
    {
        lock (_gate)
        {
            _run = new RuntimeApiRun(eventJson);
            return _run.Done.Task;
        }
    }

    /// <summary>Ends the run: the process's pending GET next gets no event (the process is stopped after).</summary>
    public void EndRun()
    {
        lock (_gate)
        {
            _run = null;
            foreach (var context in _held)
            {
                context.Response.Abort();
            }

            _held.Clear();
        }
    }

    public void Dispose()
    {
        EndRun();
        _listener.Close();
        _simulator.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        try
        {
            var path = context.Request.Url!.AbsolutePath;
            if (path.StartsWith(RuntimePrefix, StringComparison.Ordinal))
            {
                await RuntimeAsync(context, path[RuntimePrefix.Length..]).ConfigureAwait(false);
            }
            else
            {
                await ForwardAsync(context).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The process went away mid-request (stopped after its run): nothing to answer.
        }
    }

    private async Task RuntimeAsync(HttpListenerContext context, string route)
    {
        var now = Stopwatch.GetTimestamp();
        var body = await new StreamReader(context.Request.InputStream, Encoding.UTF8).ReadToEndAsync().ConfigureAwait(false);
        RuntimeApiRun? run;
        lock (_gate)
        {
            run = _run;
            if (route == "invocation/next")
            {
                if (run is null || run.Delivered)
                {
                    _held.Add(context);
                    return;
                }

                run.Delivered = true;
                run.InitDone = now;
            }
        }

        if (route == "invocation/next")
        {
            context.Response.AddHeader("Lambda-Runtime-Aws-Request-Id", run!.RequestId);
            context.Response.AddHeader("Lambda-Runtime-Deadline-Ms", (DateTimeOffset.UnixEpoch + TimeSpan.FromDays(30000)).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            context.Response.AddHeader("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:costops");
            context.Response.AddHeader("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000001");
            await WriteAsync(context, 200, run.Event).ConfigureAwait(false);
            return;
        }

        var ok = route.EndsWith("/response", StringComparison.Ordinal);
        var known = ok || route.EndsWith("/error", StringComparison.Ordinal);
        await WriteAsync(context, known ? 202 : 404, known ? """{"status":"OK"}""" : """{"errorMessage":"unknown route"}""").ConfigureAwait(false);
        if (known && run is not null)
        {
            run.Done.TrySetResult(new RuntimeApiOutcome(ok, body, run.InitDone, now));
        }
    }

    private async Task ForwardAsync(HttpListenerContext context)
    {
        var incoming = context.Request;
        using var body = new MemoryStream();
        await incoming.InputStream.CopyToAsync(body).ConfigureAwait(false);
        using var request = new HttpRequestMessage(new HttpMethod(incoming.HttpMethod), incoming.Url) { Content = new ByteArrayContent(body.ToArray()) };
        foreach (var name in incoming.Headers.AllKeys.OfType<string>())
        {
            var values = incoming.Headers.GetValues(name) ?? [];
            if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && !request.Headers.TryAddWithoutValidation(name, values))
            {
                request.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }

        using var response = await _simulator.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
        var answer = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && !name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.AddHeader(name, string.Join(",", values));
            }
        }

        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentLength64 = answer.Length;
        await context.Response.OutputStream.WriteAsync(answer).ConfigureAwait(false);
        context.Response.Close();
    }

    private static async Task WriteAsync(HttpListenerContext context, int status, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        context.Response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
