using System.Xml.Linq;
using CostOps.Aws.Http;
using CostOps.Aws.Sns;
using Moq;

namespace CostOps.Aws.Tests.Clients;

public sealed class SnsClientTests
{
    private const string Topic = "arn:aws:sns:eu-west-1:123456789012:costops";
    private readonly Mock<IAwsTransport> _transport = new(MockBehavior.Strict);

    [Fact]
    public async Task PublishAsync_WithAttributes_SendsQueryParametersAndReturnsMessageId()
    {
        IReadOnlyList<KeyValuePair<string, string>>? sent = null;
        _transport
            .Setup(t => t.InvokeQueryAsync(AwsServices.Sns, "Publish", It.IsAny<IReadOnlyList<KeyValuePair<string, string>>>(), It.IsAny<CancellationToken>()))
            .Callback((AwsService _, string _, IReadOnlyList<KeyValuePair<string, string>> p, CancellationToken _) => sent = p)
            .ReturnsAsync(Response("http://sns.amazonaws.com/doc/2010-03-31/", "msg-1"));

        var response = await new SnsClient(_transport.Object).PublishAsync(
            new()
            {
                TopicArn = Topic,
                Message = "Spend: $12.50\nDetails in S3.",
                Subject = "CostOps weekly report",
                MessageAttributes = new Dictionary<string, MessageAttributeValue>
                {
                    ["severity"] = new() { DataType = "String", StringValue = "info" },
                    ["amount"] = new() { DataType = "Number", StringValue = "12.50" },
                },
            },
            default);

        Assert.Equal("msg-1", response.MessageId);
        Assert.Equal(
            [
                new("TopicArn", Topic),
                new("Message", "Spend: $12.50\nDetails in S3."),
                new("Subject", "CostOps weekly report"),
                new("MessageAttributes.entry.1.Name", "amount"),
                new("MessageAttributes.entry.1.Value.DataType", "Number"),
                new("MessageAttributes.entry.1.Value.StringValue", "12.50"),
                new("MessageAttributes.entry.2.Name", "severity"),
                new("MessageAttributes.entry.2.Value.DataType", "String"),
                new("MessageAttributes.entry.2.Value.StringValue", "info"),
            ],
            sent!);
    }

    [Fact]
    public void BuildPublishParameters_NoSubjectNoAttributes_SendsOnlyTopicAndMessage()
    {
        var parameters = SnsClient.BuildPublishParameters(new() { TopicArn = Topic, Message = "hi" });

        Assert.Equal([new("TopicArn", Topic), new("Message", "hi")], parameters);
    }

    [Theory]
    [InlineData("Weekly\nreport")]
    [InlineData("Rapport coût")]
    [InlineData("")]
    public void BuildPublishParameters_SubjectSnsRejects_Throws(string subject)
    {
        var error = Assert.Throws<ArgumentException>(() => SnsClient.BuildPublishParameters(new() { TopicArn = Topic, Message = "m", Subject = subject }));

        Assert.Contains("printable ASCII", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildPublishParameters_SubjectOf100Characters_Throws()
    {
        Assert.Throws<ArgumentException>(() => SnsClient.BuildPublishParameters(new() { Message = "m", Subject = new string('a', 100) }));
    }

    [Fact]
    public void ReadMessageId_HttpsNamespaceAsInApiReference_StillReadsIt()
    {
        Assert.Equal("abc", SnsClient.ReadMessageId(Response("https://sns.amazonaws.com/doc/2010-03-31/", " abc ")));
    }

    [Fact]
    public void ReadMessageId_NoMessageId_ThrowsSayingMessageMayNotBeSent()
    {
        var error = Assert.Throws<InvalidDataException>(() => SnsClient.ReadMessageId(XDocument.Parse("<PublishResponse><PublishResult/></PublishResponse>")));

        Assert.Contains("may not have been sent", error.Message, StringComparison.Ordinal);
    }

    private static XDocument Response(string ns, string messageId) =>
        XDocument.Parse($"""<PublishResponse xmlns="{ns}"><PublishResult><MessageId>{messageId}</MessageId></PublishResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>""");
}
