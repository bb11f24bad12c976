using System.Net;
using CostOps.Aws.Http;
using CostOps.Core.Observability;
using Moq;

namespace CostOps.Aws.Tests.Http;

public class AwsTransportRetryTests
{
    private const string Throttled = """{"__type":"ThrottlingException","message":"Rate exceeded"}""";

    [Fact]
    public async Task InvokeJsonAsync_ThrottledThenOk_RetriesWithJitteredBackoffAndCounts()
    {
        var fixture = new TransportFixture(jitter: 0.5);
        fixture.Handler.Respond(HttpStatusCode.BadRequest, Throttled).Respond(HttpStatusCode.BadRequest, Throttled).Respond(HttpStatusCode.OK, "{}");

        await fixture.ListServicesAsync();

        Assert.Equal(3, fixture.Handler.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1)], fixture.Delay.Waits);
        var count = Assert.Single(fixture.Statistics.Snapshot());
        Assert.Equal(new AwsCallCount("ECS", "ListServices", 3, 2, 2), count);
    }

    [Fact]
    public async Task InvokeJsonAsync_Retry_SignsEachAttemptWithItsOwnTime()
    {
        var fixture = new TransportFixture(jitter: 1);
        fixture.Handler.Respond(HttpStatusCode.BadRequest, Throttled).Respond(HttpStatusCode.OK, "{}");

        await fixture.ListServicesAsync();

        Assert.Equal(["20260302T073000Z", "20260302T073001Z"], fixture.Handler.Requests.Select(r => r.Headers["x-amz-date"]));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task InvokeJsonAsync_429Or5xxWithoutBody_RetriesThenSucceeds(HttpStatusCode status)
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(status).Respond(HttpStatusCode.OK, """{"serviceArns":["a"]}""");

        var response = await fixture.ListServicesAsync();

        Assert.Equal(["a"], response.ServiceArns!);
        Assert.Equal(2, fixture.Handler.Requests.Count);
        Assert.Equal(status == HttpStatusCode.TooManyRequests ? 1 : 0, fixture.Statistics.TotalThrottles);
    }

    [Fact]
    public async Task InvokeJsonAsync_NetworkFailureThenOk_Retries()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Throw(new HttpRequestException("connection reset")).Throw(new IOException("broken pipe")).Respond(HttpStatusCode.OK, "{}");

        await fixture.ListServicesAsync();

        Assert.Equal(3, fixture.Handler.Requests.Count);
        Assert.Equal(2, fixture.Statistics.TotalRetries);
    }

    [Fact]
    public async Task InvokeJsonAsync_HttpClientTimeout_IsRetriedLikeANetworkFault()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Throw(new TaskCanceledException("timed out", new TimeoutException())).Respond(HttpStatusCode.OK, "{}");

        await fixture.ListServicesAsync();

        Assert.Equal(2, fixture.Handler.Requests.Count);
    }

    [Fact]
    public async Task InvokeJsonAsync_AlwaysThrottled_GivesUpAfterMaxAttempts()
    {
        var fixture = new TransportFixture(options: new AwsTransportOptions { MaxAttempts = 3, MaxThrottleAttempts = 3 }, jitter: 1);
        for (var i = 0; i < 3; i++)
        {
            fixture.Handler.Respond(HttpStatusCode.BadRequest, Throttled);
        }

        var error = await Assert.ThrowsAsync<AwsThrottlingException>(() => fixture.ListServicesAsync());

        Assert.Equal("ThrottlingException", error.ErrorCode);
        Assert.Equal(3, fixture.Handler.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], fixture.Delay.Waits);
    }

    [Fact]
    public async Task InvokeJsonAsync_ThrottledMoreThanMaxAttempts_KeepsWaitingUpToMaxThrottleAttempts()
    {
        var fixture = new TransportFixture(options: new AwsTransportOptions { MaxAttempts = 3, MaxThrottleAttempts = 6 }, jitter: 0);
        for (var i = 0; i < 5; i++)
        {
            fixture.Handler.Respond(HttpStatusCode.BadRequest, Throttled);
        }

        fixture.Handler.Respond(HttpStatusCode.OK, """{"serviceArns":["a"]}""");

        var response = await fixture.ListServicesAsync();

        Assert.Equal(["a"], response.ServiceArns!);
        Assert.Equal(6, fixture.Handler.Requests.Count);
        Assert.Equal(5, fixture.Statistics.TotalThrottles);
    }

    [Fact]
    public async Task InvokeJsonAsync_ServerErrorMoreThanMaxAttempts_GivesUpAtMaxAttemptsDespiteThrottleAllowance()
    {
        var fixture = new TransportFixture(options: new AwsTransportOptions { MaxAttempts = 3, MaxThrottleAttempts = 6 }, jitter: 0);
        for (var i = 0; i < 6; i++)
        {
            fixture.Handler.Respond(HttpStatusCode.InternalServerError, """{"__type":"ServerException","message":"boom"}""");
        }

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => fixture.ListServicesAsync());

        Assert.Equal("ServerException", error.ErrorCode);
        Assert.Equal(3, fixture.Handler.Requests.Count);
    }

    [Fact]
    public async Task InvokeJsonAsync_NetworkDownEveryAttempt_ThrowsNamingServiceAndAttempts()
    {
        var fixture = new TransportFixture(options: new AwsTransportOptions { MaxAttempts = 2 });
        fixture.Handler.Throw(new HttpRequestException("no route")).Throw(new HttpRequestException("no route"));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => fixture.ListServicesAsync());

        Assert.Contains("ECS ListServices", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 2 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeJsonAsync_CancelledDuringBackoff_StopsRetrying()
    {
        var fixture = new TransportFixture();
        using var cancellation = new CancellationTokenSource();
        fixture.Delay.OnWait = cancellation.Cancel;
        fixture.Handler.Respond(HttpStatusCode.BadRequest, Throttled).Respond(HttpStatusCode.OK, "{}");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.ListServicesAsync(cancellation.Token));

        Assert.Single(fixture.Handler.Requests);
    }

    [Fact]
    public async Task InvokeJsonAsync_BackoffGrowsButIsCapped()
    {
        var options = new AwsTransportOptions { MaxAttempts = 5, BaseBackoff = TimeSpan.FromSeconds(2), MaxBackoff = TimeSpan.FromSeconds(5) };
        var fixture = new TransportFixture(options: options, jitter: 1);
        for (var i = 0; i < 4; i++)
        {
            fixture.Handler.Respond(HttpStatusCode.InternalServerError);
        }

        fixture.Handler.Respond(HttpStatusCode.OK, "{}");

        await fixture.ListServicesAsync();

        Assert.Equal([2, 4, 5, 5], fixture.Delay.Waits.Select(w => w.TotalSeconds));
    }

    [Fact]
    public async Task InvokeJsonAsync_RetryThenSuccess_LogsRetryAndSuccessfulRequestId()
    {
        var log = new Mock<IStructuredLog>();
        log.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        var fixture = new TransportFixture(log: log.Object);
        fixture.Handler.Respond(HttpStatusCode.BadRequest, Throttled).Respond(HttpStatusCode.OK, "{}", ("x-amzn-RequestId", "ok-7"));

        await fixture.ListServicesAsync();

        log.Verify(l => l.Write(LogLevel.Warning, "aws.retry", It.IsAny<string>(), It.Is<IReadOnlyList<LogField>>(f => f.Contains(new LogField("attempt", "1")))), Times.Once);
        log.Verify(l => l.Write(LogLevel.Debug, "aws.call", It.IsAny<string>(), It.Is<IReadOnlyList<LogField>>(f => f.Contains(new LogField("requestId", "ok-7")))), Times.Once);
    }

    [Fact]
    public async Task InvokeJsonAsync_DebugDisabled_FormatsNoLineForTheSuccessfulCall()
    {
        var log = new Mock<IStructuredLog>();
        log.Setup(l => l.IsEnabled(LogLevel.Debug)).Returns(false);
        var fixture = new TransportFixture(log: log.Object);
        fixture.Handler.Respond(HttpStatusCode.OK, "{}", ("x-amzn-RequestId", "ok-8"));

        await fixture.ListServicesAsync();

        log.Verify(l => l.Write(It.IsAny<LogLevel>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyList<LogField>>()), Times.Never);
    }
}
