using System.Net;
using System.Text;
using CostOps.Aws.Tests.Http;

namespace CostOps.Aws.Tests.Fakes;

/// <summary>Answers every request with what <see cref="Answer"/> says for it, and records them all; never touches the network.</summary>
internal sealed class StubAwsHandler(Func<RecordedRequest, (HttpStatusCode Status, string Body)> answer) : HttpMessageHandler
{
    public Func<RecordedRequest, (HttpStatusCode Status, string Body)> Answer { get; set; } = answer;

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>STS' AssumeRole answer: keys <c>ASIA{account}</c> for the role's account, expiring at <paramref name="expiration"/>.</summary>
    public static string AssumeRoleXml(string body, DateTimeOffset expiration)
    {
        var form = body.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]), StringComparer.Ordinal);
        var account = form["RoleArn"].Split(':')[4];
        return $"""
            <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>
              <AssumedRoleUser><Arn>arn:aws:sts::{account}:assumed-role/costops-member/{form["RoleSessionName"]}</Arn><AssumedRoleId>AROAEXAMPLE:{form["RoleSessionName"]}</AssumedRoleId></AssumedRoleUser>
              <Credentials><AccessKeyId>ASIA{account}</AccessKeyId><SecretAccessKey>secret-{account}</SecretAccessKey><SessionToken>token-{account}</SessionToken><Expiration>{expiration.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</Expiration></Credentials>
            </AssumeRoleResult></AssumeRoleResponse>
            """;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value), StringComparer.Ordinal);
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, body);
        Requests.Add(recorded);
        var (status, text) = Answer(recorded);
        return new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8) };
    }
}
