using System.Text.Json.Nodes;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.State;
using CostOps.Core.Wake;
using CostOps.Hosting;
using CostOps.Hosting.Events;
using CostOps.TestSupport;
using CostOps.Wake;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CostOps.Functions.Tests.Wake;

public sealed class WakeHandlerTests
{
    private const string AlbHost = "lambda-alb-123578498.us-east-1.elb.amazonaws.com";
    private static readonly ServiceRef Web = new("dev", "web", "arn:aws:ecs:us-east-1:123456789012:service/dev/web");

    private readonly FakeTimeProvider _time = TestClock.At("2026-03-02T21:00:00Z");
    private readonly Mock<IServiceTagger> _tagger = new();
    private readonly Mock<IWakeDirectory> _directory = new();
    private readonly Mock<IWakeServices> _services = new();
    private readonly Mock<IStructuredLog> _log = new();
    private readonly Mock<IMetricSink> _metrics = new();
    private readonly Dictionary<string, string> _tags = new() { ["costops:schedule"] = "office", ["costops:wake"] = "on" };
    private readonly WakeHandler _handler;

    public WakeHandlerTests()
    {
        _tagger.Setup(t => t.TagAsync(Web, "keep-running", It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((ServiceRef _, string k, string v, CancellationToken _) => _tags[k] = v).Returns(Task.CompletedTask);
        _directory.Setup(d => d.WaitingAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
            [new WakeCandidate(Web, [new RuleRoute("rule/web", [new("tg/web", null)]) { Priority = 5, Hosts = [AlbHost], Paths = ["/lambda*"] }])]);
        _services.Setup(s => s.GetAsync(Web, It.IsAny<CancellationToken>())).ReturnsAsync(() => new WakeTarget(Web, new Dictionary<string, string>(_tags)));
        _services.Setup(s => s.FindAsync("dev", "web", It.IsAny<CancellationToken>())).ReturnsAsync(() => new WakeTarget(Web, new Dictionary<string, string>(_tags)));
        var waker = new Waker(_tagger.Object, new InMemoryOnceLedger(_time), new InMemoryActivityLog(), null,
            new WakeOptions { MaxDuration = TimeSpan.FromHours(8) }, _metrics.Object, _log.Object, _time);
        _handler = new WakeHandler(waker, _directory.Object, _services.Object);
    }

    [Fact]
    public async Task LoadBalancerRequestFromBrowser_StoppedService_WakesAndAnswersSelfRefreshingPage()
    {
        var response = await HandleAsync(Fixture("alb-request.json"));

        Assert.Equal(503, (int)response["statusCode"]!);
        Assert.Equal("503 Service Unavailable", (string)response["statusDescription"]!);
        Assert.Equal("10", (string)response["headers"]!["Retry-After"]!);
        Assert.Equal("text/html; charset=utf-8", (string)response["headers"]!["Content-Type"]!);
        var page = (string)response["body"]!;
        Assert.Contains("dev/web</strong> is waking up, usually ready in a minute or two", page, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"10\">", page, StringComparison.Ordinal);
        Assert.Contains("running until 2026-03-02 23:00 UTC", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("2026-03-02T23:00Z", _tags["keep-running"]);
        _log.Verify(l => l.Write(LogLevel.Info, "wake.woken", It.IsAny<string>(),
            It.Is<IReadOnlyList<LogField>>(f => f.Contains(new LogField("sourceIp", "72.12.164.125")))), Times.Once);
    }

    [Fact]
    public async Task LoadBalancerRequestFromApiClient_Answers503WithRetryAfterAndJson()
    {
        var response = await HandleAsync(Fixture("alb-request.json").Replace("\"accept\": \"text/html", "\"accept\": \"application/json, text/plain;q=0.5\", \"x-old-accept\": \"text/html", StringComparison.Ordinal));

        Assert.Equal(503, (int)response["statusCode"]!);
        Assert.Equal("10", (string)response["headers"]!["Retry-After"]!);
        var body = JsonNode.Parse((string)response["body"]!)!;
        Assert.Equal(("dev", "web", "2026-03-02T23:00Z"), ((string)body["cluster"]!, (string)body["service"]!, (string)body["keepRunningUntil"]!));
    }

    [Fact]
    public async Task LoadBalancerRequests_RepeatedWhileWaking_WriteOnce()
    {
        for (var i = 0; i < 6; i++)
        {
            var response = await HandleAsync(Fixture("alb-request.json"));
            Assert.Equal(503, (int)response["statusCode"]!);
            _time.Advance(TimeSpan.FromSeconds(10));
        }

        _tagger.Verify(t => t.TagAsync(Web, "keep-running", It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        _metrics.Verify(m => m.Add("Wakes", 1, MetricUnit.Count), Times.Once);
    }

    [Fact]
    public async Task LoadBalancerHealthCheck_AnswersOkWithoutLookingAnythingUp()
    {
        var response = await HandleAsync("""{"requestContext":{"elb":{"targetGroupArn":"tg"}},"httpMethod":"GET","path":"/","queryStringParameters":{},"headers":{"user-agent":"ELB-HealthChecker/2.0"},"body":"","isBase64Encoded":false}""");

        Assert.Equal(200, (int)response["statusCode"]!);
        _directory.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task LoadBalancerRequest_ForAHostNoStoppedServiceUses_Answers404()
    {
        var response = await HandleAsync(Fixture("alb-request.json").Replace(AlbHost, "other.example.com", StringComparison.Ordinal));

        Assert.Equal(404, (int)response["statusCode"]!);
        Assert.Contains("No stopped service is waiting", (string)response["body"]!, StringComparison.Ordinal);
        _tagger.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task LoadBalancerRequest_TagWriteFails_Answers503PageInsteadOfALambdaError()
    {
        _tagger.Setup(t => t.TagAsync(Web, "keep-running", It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("AccessDeniedException"));

        var response = await HandleAsync(Fixture("alb-request.json"));

        Assert.Equal(503, (int)response["statusCode"]!);
        Assert.Contains("Could not wake this service", (string)response["body"]!, StringComparison.Ordinal);
        _metrics.Verify(m => m.Add("WakeErrors", 1, MetricUnit.Count), Times.Once);
    }

    [Fact]
    public async Task FunctionUrlPost_SignedRequest_WritesTheAskedLengthAndAnswersJson()
    {
        var response = await HandleAsync(Fixture("function-url-request.json"));

        Assert.Equal(200, (int)response["statusCode"]!);
        Assert.Null(response["statusDescription"]);
        var body = JsonNode.Parse((string)response["body"]!)!;
        Assert.Equal("2026-03-03T00:00Z", (string)body["keepRunningUntil"]!);
        Assert.True((bool)body["written"]!);
        Assert.Equal("2026-03-03T00:00Z", _tags["keep-running"]);
        _log.Verify(l => l.Write(LogLevel.Info, "wake.woken", It.IsAny<string>(),
            It.Is<IReadOnlyList<LogField>>(f => f.Contains(new LogField("caller", "arn:aws:iam::111122223333:user/example-user")))), Times.Once);
    }

    [Fact]
    public async Task FunctionUrlPost_OverTheCap_GetsTheCapAndSaysSo()
    {
        var response = await HandleAsync(UrlRequest("""{"cluster":"dev","service":"web","for":"48h"}"""));

        var body = JsonNode.Parse((string)response["body"]!)!;
        Assert.True((bool)body["capped"]!);
        Assert.Equal("2026-03-03T05:00Z", (string)body["keepRunningUntil"]!);
    }

    [Theory]
    [InlineData("""{"service":"web"}""", "cluster", null)]
    [InlineData("""{"cluster":"dev","service":"web;rm"}""", "service", "web;rm")]
    [InlineData("""{"cluster":"dev","service":7}""", "service", "7")]
    [InlineData("""{"cluster":"dev","service":"web","for":"forever"}""", "for", "forever")]
    [InlineData("""{"cluster":"dev","service":"web","for":3}""", "for", "3")]
    [InlineData("""not json""", "body", "not json")]
    [InlineData("""[]""", "body", "[]")]
    public async Task FunctionUrlPost_BadInput_Answers400NamingTheField(string json, string field, string? value)
    {
        var response = await HandleAsync(UrlRequest(json));

        Assert.Equal(400, (int)response["statusCode"]!);
        var body = JsonNode.Parse((string)response["body"]!)!;
        Assert.Equal(field, (string)body["field"]!);
        Assert.Equal(value, (string?)body["value"]);
        Assert.False(string.IsNullOrEmpty((string?)body["expected"]));
        _tagger.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task FunctionUrl_UnsignedWrongMethodNotOptedInOrUnknown_RefusedWithoutWriting()
    {
        Assert.Equal(403, (int)(await HandleAsync(UrlRequest("""{"cluster":"dev","service":"web"}""", signed: false)))["statusCode"]!);
        Assert.Equal(405, (int)(await HandleAsync(UrlRequest("", method: "GET")))["statusCode"]!);
        Assert.Equal(404, (int)(await HandleAsync(UrlRequest("""{"cluster":"dev","service":"api"}""")))["statusCode"]!);
        _tags["costops:wake"] = "off";
        var refused = await HandleAsync(UrlRequest("""{"cluster":"dev","service":"web"}"""));
        Assert.Equal(403, (int)refused["statusCode"]!);
        Assert.Contains("costops:wake=on", (string)refused["body"]!, StringComparison.Ordinal);
        _tagger.VerifyNoOtherCalls();
    }

    [Fact]
    public void FunctionUrlPost_AnyBody_NeverThrowsAndAnswersAStatus()
    {
        Gen.OneOf(Gen.String, Gen.String.Select(s => $$"""{"cluster":"dev","service":"web","for":{{System.Text.Json.JsonSerializer.Serialize(s)}}}"""))
            .Sample(body =>
            {
                var response = HandleAsync(UrlRequest(body)).GetAwaiter().GetResult();
                return (int)response["statusCode"]! is 200 or 400 or 404;
            }, iter: 500);
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    private static string UrlRequest(string body, bool signed = true, string method = "POST") =>
        new JsonObject
        {
            ["version"] = "2.0",
            ["rawPath"] = "/",
            ["headers"] = new JsonObject { ["content-type"] = "application/json" },
            ["requestContext"] = new JsonObject
            {
                ["authorizer"] = signed ? new JsonObject { ["iam"] = new JsonObject { ["userArn"] = "arn:aws:iam::1:user/ops" } } : null,
                ["http"] = new JsonObject { ["method"] = method, ["path"] = "/", ["sourceIp"] = "198.51.100.1" },
            },
            ["body"] = body,
            ["isBase64Encoded"] = false,
        }.ToJsonString();

    private async Task<JsonNode> HandleAsync(string json)
    {
        var request = EventParser.Parse(System.Text.Encoding.UTF8.GetBytes(json));
        var context = new InvocationContext(_time, _log.Object, _metrics.Object, _time.GetUtcNow().AddMinutes(1), "id", CancellationToken.None);
        var result = await _handler.HandleAsync(request, context);
        Assert.False(result.IsFailure);
        return JsonNode.Parse(result.Utf8Json.Span)!;
    }
}
