using System.Globalization;
using System.Net;
using System.Text;

namespace CostOps.Aws.Tests.Http;

/// <summary>
/// Plays STS and ECS for a hub and one member account: every AssumeRole issues new keys (ASIA1, ASIA2, …); ECS answers
/// a request signed with an expired key with ExpiredTokenException, but only once <see cref="HoldExpired"/> such
/// requests have arrived, so concurrent callers are all refused with the same keys whatever the thread scheduling.
/// </summary>
internal sealed class SessionCheckingHandler(DateTimeOffset expiration) : HttpMessageHandler
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _expired = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _allRefused = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _refused;

    public int HoldExpired { get; init; } = 1;

    public List<string> SignedWith { get; } = [];

    public int AssumeRoleCalls { get; private set; }

    /// <summary>From now on requests signed with <paramref name="accessKey"/> are refused as expired.</summary>
    public void Expire(string accessKey)
    {
        lock (_gate)
        {
            _expired.Add(accessKey);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authorization = string.Join(",", request.Headers.GetValues("Authorization"));
        var key = authorization.Split("Credential=")[1].Split('/')[0];
        bool expired;
        lock (_gate)
        {
            SignedWith.Add(key);
            if (request.RequestUri!.Host.StartsWith("sts.", StringComparison.Ordinal))
            {
                AssumeRoleCalls++;
                var issued = "ASIA" + AssumeRoleCalls.ToString(CultureInfo.InvariantCulture);
                return Reply(HttpStatusCode.OK, AssumeRoleXml(issued), "text/xml");
            }

            expired = _expired.Contains(key);
            if (expired && ++_refused == HoldExpired)
            {
                _allRefused.SetResult();
            }
        }

        if (!expired)
        {
            return Reply(HttpStatusCode.OK, """{"serviceArns":["arn:aws:ecs:eu-west-1:111111111111:service/prod/web"]}""", "application/x-amz-json-1.1");
        }

        await _allRefused.Task.WaitAsync(cancellationToken);
        return Reply(HttpStatusCode.BadRequest, """{"__type":"ExpiredTokenException","message":"The security token included in the request is expired"}""", "application/x-amz-json-1.1");
    }

    private string AssumeRoleXml(string key) =>
        $"""
        <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>
          <AssumedRoleUser><Arn>arn:aws:sts::111111111111:assumed-role/costops-member/costops-scheduler</Arn><AssumedRoleId>AROAEXAMPLE:costops-scheduler</AssumedRoleId></AssumedRoleUser>
          <Credentials><AccessKeyId>{key}</AccessKeyId><SecretAccessKey>{key}-secret</SecretAccessKey><SessionToken>{key}-token</SessionToken><Expiration>{expiration.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</Expiration></Credentials>
        </AssumeRoleResult><ResponseMetadata><RequestId>sts-{key}</RequestId></ResponseMetadata></AssumeRoleResponse>
        """;

    private static HttpResponseMessage Reply(HttpStatusCode status, string body, string contentType) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
}
