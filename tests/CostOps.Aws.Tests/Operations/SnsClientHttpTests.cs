using System.Net;
using CostOps.Aws.Http;
using CostOps.Aws.Sns;
using CostOps.Aws.Tests.Contracts;
using CostOps.Aws.Tests.Http;

namespace CostOps.Aws.Tests.Operations;

public sealed class SnsClientHttpTests
{
    private const string TopicArn = "arn:aws:sns:eu-west-1:123456789012:costops-report";

    private readonly TransportFixture _fixture = new();

    private SnsClient Client => new(_fixture.Transport);

    [Fact]
    public async Task PublishAsync_SubjectAndAttributes_PostsQueryFormAndParsesMessageId()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Sns/Publish.xml"));

        var response = await Client.PublishAsync(
            new()
            {
                TopicArn = TopicArn,
                Message = "Week 9: 12.50 € (+3%)",
                Subject = "CostOps weekly report",
                MessageAttributes = new Dictionary<string, MessageAttributeValue>
                {
                    ["report"] = new() { DataType = "String", StringValue = "weekly" },
                    ["env"] = new() { DataType = "String", StringValue = "prod" },
                },
            },
            default);

        Assert.Equal("567910cd-659e-55d4-8ccb-5aaf14679dc0", response.MessageId);
        var request = Assert.Single(_fixture.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri("https://sns.eu-west-1.amazonaws.com/"), request.Uri);
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", request.Headers["content-type"]);
        Assert.False(request.Headers.ContainsKey("x-amz-target"));
        HttpCallAssert.Signed(request, "eu-west-1", "sns");
        Assert.Equal(
            "Action=Publish&Version=2010-03-31"
            + "&TopicArn=arn%3Aaws%3Asns%3Aeu-west-1%3A123456789012%3Acostops-report"
            + "&Message=Week%209%3A%2012.50%20%E2%82%AC%20%28%2B3%25%29"
            + "&Subject=CostOps%20weekly%20report"
            + "&MessageAttributes.entry.1.Name=env&MessageAttributes.entry.1.Value.DataType=String&MessageAttributes.entry.1.Value.StringValue=prod"
            + "&MessageAttributes.entry.2.Name=report&MessageAttributes.entry.2.Value.DataType=String&MessageAttributes.entry.2.Value.StringValue=weekly",
            request.Body);
    }

    [Fact]
    public async Task PublishAsync_TopicNotFoundXmlError_ThrowsAwsServiceExceptionWithCode()
    {
        _fixture.Handler.Respond(
            HttpStatusCode.NotFound,
            """
            <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <Error><Type>Sender</Type><Code>NotFound</Code><Message>Topic does not exist</Message></Error>
              <RequestId>9a1b2c3d-0000-1111-2222-333344445555</RequestId>
            </ErrorResponse>
            """);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client.PublishAsync(new() { TopicArn = TopicArn, Message = "hello" }, default));

        Assert.Equal(("SNS", "Publish", "NotFound", "Topic does not exist", "9a1b2c3d-0000-1111-2222-333344445555", HttpStatusCode.NotFound), (error.ServiceId, error.Operation, error.ErrorCode, error.ErrorMessage, error.RequestId, error.StatusCode));
        Assert.Single(_fixture.Handler.Requests);
    }
}
