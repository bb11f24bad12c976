using System.Net;
using CostOps.Aws.Http;
using CostOps.Aws.Sns;

namespace CostOps.Aws.Tests.Http;

/// <summary>SNS Publish has no deduplication on standard topics: a retry after a delivered request is a second e-mail.</summary>
public sealed class AwsTransportSendOnceTests
{
    private const string Published = """<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult></PublishResponse>""";
    private const string Throttled = """<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>t-1</RequestId></ErrorResponse>""";
    private const string ServerError = """<ErrorResponse><Error><Type>Receiver</Type><Code>InternalError</Code><Message>boom</Message></Error><RequestId>e-1</RequestId></ErrorResponse>""";

    private static Task<PublishResponse> PublishAsync(TransportFixture fixture) =>
        new SnsClient(fixture.Transport).PublishAsync(new PublishRequest { TopicArn = "arn:aws:sns:eu-west-1:123456789012:costops", Message = "alert" }, CancellationToken.None);

    [Fact]
    public async Task Publish_TimesOutAfterSending_IsNotRetriedAndReportsDeliveryUnknown()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Throw(new TaskCanceledException("timed out", new TimeoutException())).Respond(HttpStatusCode.OK, Published);

        var error = await Assert.ThrowsAsync<AwsDeliveryUnknownException>(() => PublishAsync(fixture));

        Assert.Single(fixture.Handler.Requests);
        Assert.Contains("SNS Publish", error.Message, StringComparison.Ordinal);
        Assert.Contains("not retried", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Publish_ServerError_IsNotRetriedAndReportsDeliveryUnknown(HttpStatusCode status)
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(status, ServerError).Respond(HttpStatusCode.OK, Published);

        var error = await Assert.ThrowsAsync<AwsDeliveryUnknownException>(() => PublishAsync(fixture));

        Assert.Single(fixture.Handler.Requests);
        Assert.Contains("InternalError", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_ConnectionResetAfterSending_IsNotRetried()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "connection reset")).Respond(HttpStatusCode.OK, Published);

        await Assert.ThrowsAsync<AwsDeliveryUnknownException>(() => PublishAsync(fixture));

        Assert.Single(fixture.Handler.Requests);
    }

    [Fact]
    public async Task Publish_Throttled_IsRetriedAndSucceeds()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(HttpStatusCode.BadRequest, Throttled).Respond(HttpStatusCode.OK, Published);

        var response = await PublishAsync(fixture);

        Assert.Equal("m-1", response.MessageId);
        Assert.Equal(2, fixture.Handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.NameResolutionError)]
    public async Task Publish_NeverSent_IsRetriedAndSucceeds(HttpRequestError cause)
    {
        var fixture = new TransportFixture();
        fixture.Handler.Throw(new HttpRequestException(cause, "could not connect")).Respond(HttpStatusCode.OK, Published);

        var response = await PublishAsync(fixture);

        Assert.Equal("m-1", response.MessageId);
        Assert.Equal(2, fixture.Handler.Requests.Count);
    }

    [Fact]
    public async Task Publish_ClientError_ThrowsTheServiceErrorUnchanged()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(HttpStatusCode.NotFound, "<ErrorResponse><Error><Code>NotFound</Code><Message>Topic does not exist</Message></Error></ErrorResponse>");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => PublishAsync(fixture));

        Assert.Equal("NotFound", error.ErrorCode);
    }
}
