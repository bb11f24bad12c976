using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CostOps.Aws.Tests.EndToEnd;

/// <summary>
/// An AWS account behind an <see cref="HttpMessageHandler"/>: ECS and Application Auto Scaling over JSON 1.1
/// (dispatched on X-Amz-Target), Lambda Invoke over REST. Requests must be SigV4-signed for the right service.
/// Faults: a seeded fraction of all calls is throttled, and UpdateService can be denied for named services.
/// </summary>
/// <remarks>
/// Whether a call is throttled depends only on the seed, the request (operation and body) and how many times that
/// same request came before — never on the order in which concurrent calls arrive — so a seed fails or passes the
/// same way on every run, however the threads interleave.
/// </remarks>
internal sealed class FakeAwsHandler : HttpMessageHandler
{
    private const string EcsPrefix = "AmazonEC2ContainerServiceV20141113.";
    private const string AutoScalingPrefix = "AnyScaleFrontendService.";
    private const string InvocationsPath = "/2015-03-31/functions/";

    private readonly HashSet<string> _deniedUpdates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _succeeded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly int _seed;
    private readonly FakeEcsApi _ecs;
    private readonly FakeAutoScalingApi _autoScaling;
    private int _throttled;

    public FakeAwsHandler(FakeAwsAccount account, int seed = 1)
    {
        Account = account;
        _seed = seed;
        _ecs = new FakeEcsApi(account, _deniedUpdates);
        _autoScaling = new FakeAutoScalingApi(account);
    }

    public FakeAwsAccount Account { get; }

    /// <summary>Share of all calls (0..1) answered with ThrottlingException before they take effect.</summary>
    public double ThrottleFraction { get; set; }

    /// <summary>Runs before each call with its operation name (e.g. to move a clock forward per call).</summary>
    public Action<string>? OnCall { get; set; }

    public int Throttled => Volatile.Read(ref _throttled);

    public int Calls(string operation) => _calls.GetValueOrDefault(operation);

    public int Succeeded(string operation) => _succeeded.GetValueOrDefault(operation);

    public void DenyUpdateService(string serviceName)
    {
        lock (Account.Gate)
        {
            _deniedUpdates.Add(serviceName);
        }
    }

    public void AllowAll()
    {
        lock (Account.Gate)
        {
            _deniedUpdates.Clear();
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? values.Single() : null;
        var path = request.RequestUri!.AbsolutePath;
        var (signingName, operation) = target switch
        {
            not null when target.StartsWith(EcsPrefix, StringComparison.Ordinal) => ("ecs", target[EcsPrefix.Length..]),
            not null when target.StartsWith(AutoScalingPrefix, StringComparison.Ordinal) => ("application-autoscaling", target[AutoScalingPrefix.Length..]),
            null when path.StartsWith(InvocationsPath, StringComparison.Ordinal) && path.EndsWith("/invocations", StringComparison.Ordinal) => ("lambda", "Invoke"),
            _ => ("", $"{request.Method} {path} {target}"),
        };
        _calls.AddOrUpdate(operation, 1, (_, n) => n + 1);
        OnCall?.Invoke(operation);

        var authorization = request.Headers.TryGetValues("Authorization", out var auth) ? string.Join(",", auth) : "";
        if (signingName.Length == 0 || !authorization.Contains($"/{FakeAwsAccount.Region}/{signingName}/aws4_request", StringComparison.Ordinal))
        {
            return Error(signingName, new FakeAwsError("InvalidSignatureException", $"Request for {operation} is not signed for {signingName} in {FakeAwsAccount.Region}.", HttpStatusCode.Forbidden));
        }

        lock (Account.Gate)
        {
            if (ThrottleFraction > 0 && Draw(operation, body) < ThrottleFraction)
            {
                _throttled++;
                return signingName == "lambda"
                    ? Error(signingName, new FakeAwsError("TooManyRequestsException", "Rate exceeded", HttpStatusCode.TooManyRequests))
                    : Error(signingName, new FakeAwsError("ThrottlingException", "Rate exceeded"));
            }

            try
            {
                var response = signingName == "lambda" ? Invoke(path, body) : Json(signingName, operation, body);
                _succeeded.AddOrUpdate(operation, 1, (_, n) => n + 1);
                return response;
            }
            catch (FakeAwsError error)
            {
                return Error(signingName, error);
            }
        }
    }

    /// <summary>A number in [0, 1) fixed by the seed, the request and its repetition count. Call under <c>Account.Gate</c>.</summary>
    private double Draw(string operation, byte[] body)
    {
        var request = $"{operation}\n{Encoding.UTF8.GetString(body)}";
        var repetition = _seen[request] = _seen.GetValueOrDefault(request) + 1;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{_seed}\n{repetition}\n{request}"));
        return (BitConverter.ToUInt64(hash, 0) >> 11) / (double)(1UL << 53);
    }

    private HttpResponseMessage Json(string signingName, string operation, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (signingName == "ecs")
            {
                _ecs.Handle(operation, document.RootElement, writer);
            }
            else
            {
                _autoScaling.Handle(operation, document.RootElement, writer);
            }
        }

        return Reply(HttpStatusCode.OK, buffer.ToArray());
    }

    private HttpResponseMessage Invoke(string path, byte[] body)
    {
        var name = Uri.UnescapeDataString(path[InvocationsPath.Length..^"/invocations".Length]);
        Account.Invocations.Add((name, Encoding.UTF8.GetString(body)));
        return Reply(HttpStatusCode.Accepted, []);
    }

    private static HttpResponseMessage Error(string signingName, FakeAwsError error)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (signingName != "lambda")
            {
                writer.WriteString("__type", error.Type);
            }

            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
        }

        var response = Reply(error.Status, buffer.ToArray());
        if (signingName == "lambda")
        {
            response.Headers.TryAddWithoutValidation("x-amzn-ErrorType", error.Type);
        }

        return response;
    }

    private static HttpResponseMessage Reply(HttpStatusCode status, byte[] body)
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(body) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-amz-json-1.1");
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", Guid.NewGuid().ToString());
        return response;
    }
}
