using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CostOps.Simulator;

/// <summary>
/// The simulated account behind an <see cref="HttpMessageHandler"/>: ECS, Application Auto Scaling, Cost Explorer and
/// Budgets over JSON 1.1 (dispatched on X-Amz-Target), SNS, CloudWatch GetMetricData and Elastic Load Balancing over Query, Lambda Invoke and EventBridge Scheduler over REST, S3 objects
/// path-style. Requests must be SigV4-signed for the right service and region. Before each answer the account is
/// brought up to its clock. Faults: ECS's throttle buckets, a seeded share of throttled calls, denied updates.
/// </summary>
/// <remarks>
/// Whether a call is throttled by <see cref="ThrottleFraction"/> depends only on the seed, the request and how many
/// times that same request came before — never on the order in which concurrent calls arrive.
/// </remarks>
public sealed class SimulatorHandler : HttpMessageHandler
{
    private const string InvocationsPath = "/2015-03-31/functions/";

    private readonly HashSet<string> _deniedUpdates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _succeeded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly EcsApi _ecs;
    private readonly AutoScalingApi _autoScaling;
    private readonly CostExplorerApi _costExplorer;
    private readonly BudgetsApi _budgets;
    private readonly SnsApi _sns;
    private readonly CloudWatchApi _cloudWatch;
    private readonly S3Api _s3;
    private readonly SchedulerApi _scheduler;
    private readonly Elbv2Api _elbv2;
    private int _throttled;

    public SimulatorHandler(SimulatedAccount account)
    {
        Account = account ?? throw new ArgumentNullException(nameof(account));
        _ecs = new EcsApi(account, _deniedUpdates);
        _autoScaling = new AutoScalingApi(account);
        _costExplorer = new CostExplorerApi(account);
        _budgets = new BudgetsApi(account);
        _sns = new SnsApi(account);
        _cloudWatch = new CloudWatchApi(account);
        _s3 = new S3Api(account);
        _scheduler = new SchedulerApi(account);
        _elbv2 = new Elbv2Api(account);
    }

    public SimulatedAccount Account { get; }

    public EcsThrottleBuckets Buckets { get; } = new();

    /// <summary>Share of all calls (0..1) answered with a throttling error before they take effect.</summary>
    public double ThrottleFraction { get; set; }

    /// <summary>Runs before each call with its operation name (e.g. to move the clock forward per call).</summary>
    public Action<string>? OnCall { get; set; }

    /// <summary>Calls answered with a throttling error, by the buckets or by <see cref="ThrottleFraction"/>.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    public int CostExplorerRequests
    {
        get
        {
            lock (Account.Gate)
            {
                return _costExplorer.Requests;
            }
        }
    }

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
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var call = SimCall.Classify(request, body);
        _calls.AddOrUpdate(call.Operation, 1, (_, n) => n + 1);
        OnCall?.Invoke(call.Operation);

        var region = call.SigningName is "ce" or "budgets" or "organizations" ? "us-east-1" : Account.Region;
        var authorization = request.Headers.TryGetValues("Authorization", out var auth) ? string.Join(",", auth) : "";
        if (call.SigningName.Length == 0 || !authorization.Contains($"/{region}/{call.SigningName}/aws4_request", StringComparison.Ordinal))
        {
            return call.Error(new SimulatorError(call.SigningName == "s3" ? "SignatureDoesNotMatch" : "InvalidSignatureException",
                $"Request for {call.Operation} is not signed for {call.SigningName} in {region}.", HttpStatusCode.Forbidden));
        }

        lock (Account.Gate)
        {
            var now = Account.Clock.GetUtcNow();
            Account.Engine.SyncTo(now);
            if ((ThrottleFraction > 0 && Draw(call.Operation, body) < ThrottleFraction)
                || (call.SigningName == "ecs" && Account.Options.EcsThrottling && !Buckets.TryTake(call.Operation, now)))
            {
                _throttled++;
                return call.Error(call.SigningName == "lambda"
                    ? new SimulatorError("TooManyRequestsException", "Rate exceeded", HttpStatusCode.TooManyRequests)
                    : new SimulatorError(call.SigningName == "sns" ? "Throttling" : "ThrottlingException", "Rate exceeded"));
            }

            try
            {
                var response = Answer(call, request, body, now);
                _succeeded.AddOrUpdate(call.Operation, 1, (_, n) => n + 1);
                return response;
            }
            catch (SimulatorError error)
            {
                return call.Error(error);
            }
        }
    }

    private HttpResponseMessage Answer(SimCall call, HttpRequestMessage request, byte[] body, DateTimeOffset now)
    {
        switch (call.SigningName)
        {
            case "sts" or "organizations":
                throw new SimulatorError("InvalidAction", $"One simulated account does not answer {call.SigningName} {call.Operation}: use a SimulatedOrganization and its Handler.");
            case "ecs":
                return SimCall.Reply(HttpStatusCode.OK, _ecs.Handle(call.Operation, body, now));
            case "application-autoscaling":
                return SimCall.Reply(HttpStatusCode.OK, _autoScaling.Handle(call.Operation, body, now));
            case "ce":
                return SimCall.Reply(HttpStatusCode.OK, _costExplorer.Handle(call.Operation, body, now));
            case "budgets":
                return SimCall.Reply(HttpStatusCode.OK, _budgets.Handle(call.Operation, body, now));
            case "sns":
                return SimCall.Reply(HttpStatusCode.OK, _sns.Handle(body, now), "text/xml");
            case "elasticloadbalancing":
                return SimCall.Reply(HttpStatusCode.OK, _elbv2.Handle(body), "text/xml");
            case "monitoring":
                return SimCall.Reply(HttpStatusCode.OK, _cloudWatch.Handle(body), "text/xml");
            case "scheduler":
                var (scheduleStatus, scheduleBody) = _scheduler.Handle(request, body);
                return SimCall.Reply(scheduleStatus, scheduleBody, "application/json");
            case "lambda":
                var path = request.RequestUri!.AbsolutePath;
                var name = Uri.UnescapeDataString(path[InvocationsPath.Length..^"/invocations".Length]);
                Account.Invocations.Add((name, Encoding.UTF8.GetString(body)));
                return SimCall.Reply(HttpStatusCode.Accepted, []);
            default:
                var chunked = request.Content?.Headers.ContentEncoding.Contains("aws-chunked") == true
                    || (request.Headers.TryGetValues("x-amz-content-sha256", out var sha) && sha.Any(v => v.StartsWith("STREAMING-", StringComparison.Ordinal)));
                var (status, answer) = _s3.Handle(request.Method, request.RequestUri!.AbsolutePath, body, chunked);
                var reply = SimCall.Reply((HttpStatusCode)status, answer, "application/xml");
                reply.Headers.TryAddWithoutValidation("ETag", "\"" + Convert.ToHexStringLower(MD5.HashData(answer)) + "\"");
                return reply;
        }
    }

    /// <summary>A number in [0, 1) fixed by the seed, the request and its repetition count. Call under the gate.</summary>
    private double Draw(string operation, byte[] body)
    {
        var request = $"{operation}\n{Encoding.UTF8.GetString(body)}";
        var repetition = _seen[request] = _seen.GetValueOrDefault(request) + 1;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Account.Options.Seed}\n{repetition}\n{request}"));
        return (BitConverter.ToUInt64(hash, 0) >> 11) / (double)(1UL << 53);
    }

    internal static byte[] JsonError(SimulatorError error, bool withType)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (withType)
            {
                writer.WriteString("__type", error.Type);
            }

            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
