using Amazon.Runtime;
using CostOps.Aws.Http;
using CostOps.Aws.Sns;
using CostOps.TestSupport;

namespace CostOps.Aws.Tests.Http;

public sealed class AwsTransportCredentialTests
{
    private readonly RecordingHandler _handler = new();
    private readonly FailingCredentials _credentials = new();
    private readonly AwsCallStatistics _statistics = new();

    private AwsTransport Transport()
    {
        var clock = TestClock.At("2026-03-02T07:30:00Z");
        return new AwsTransport(new HttpClient(_handler), _credentials, new AwsEndpointResolver(new Dictionary<string, string> { ["AWS_REGION"] = "eu-west-1" }), new AwsTransportOptions(), clock, new RecordingDelay(clock), () => 0.5, _statistics);
    }

    [Fact]
    public async Task InvokeJsonAsync_CredentialsUnavailable_FailsOnceWithTheirErrorWithoutSending()
    {
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Transport().InvokeJsonAsync(
            AwsServices.Ecs, "ListServices", new ListThingsRequest("prod", null), TestJsonContext.Default.ListThingsRequest, TestJsonContext.Default.ListThingsResponse, CancellationToken.None));

        Assert.Same(_credentials.Error, error);
        Assert.Equal(1, _credentials.Calls);
        Assert.Empty(_handler.Requests);
        Assert.Equal(0, _statistics.TotalCalls);
    }

    [Fact]
    public async Task Publish_CredentialsUnavailable_IsNotReportedAsADeliveryInDoubt()
    {
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => new SnsClient(Transport()).PublishAsync(
            new PublishRequest { TopicArn = "arn:aws:sns:eu-west-1:123456789012:costops", Message = "alert" }, CancellationToken.None));

        Assert.Same(_credentials.Error, error);
        Assert.Empty(_handler.Requests);
    }

    private sealed class FailingCredentials : ICredentialSource
    {
        public HttpRequestException Error { get; } = new("STS AssumeRole to sts.eu-west-1.amazonaws.com failed after 5 attempts: connection refused.");

        public int Calls { get; private set; }

        public Task<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromException<ImmutableCredentials>(Error);
        }
    }
}
