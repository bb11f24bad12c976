using System.Net;
using System.Text;
using CostOps.Aws.Http;

namespace CostOps.Aws.Tests.Http;

public class AwsErrorParserTests
{
    private static AwsServiceException Parse(HttpStatusCode status, string body, params (string Name, string Value)[] headers) =>
        AwsErrorParser.Parse(AwsServices.Ecs, "UpdateService", status, headers.ToDictionary(h => h.Name, h => h.Value), Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Parse_JsonTypeWithNamespace_StripsNamespace()
    {
        var error = Parse(
            HttpStatusCode.BadRequest,
            """{"__type":"com.amazonaws.ecs#ServiceNotFoundException","message":"Service not found."}""",
            ("x-amzn-requestid", "req-1"));

        Assert.Equal("ServiceNotFoundException", error.ErrorCode);
        Assert.Equal("Service not found.", error.ErrorMessage);
        Assert.Equal("req-1", error.RequestId);
        Assert.IsNotType<AwsThrottlingException>(error);
    }

    [Fact]
    public void Parse_ErrorTypeHeader_StripsSuffixAfterColonAndReadsCapitalMessage()
    {
        var error = Parse(
            HttpStatusCode.TooManyRequests,
            """{"Message":"Rate exceeded"}""",
            ("x-amzn-errortype", "TooManyRequestsException:http://internal.amazon.com/coral/com.amazonaws.lambda/"));

        Assert.Equal("TooManyRequestsException", error.ErrorCode);
        Assert.Equal("Rate exceeded", error.ErrorMessage);
        Assert.IsType<AwsThrottlingException>(error);
    }

    [Fact]
    public void Parse_QueryXmlError_ReadsCodeMessageAndRequestId()
    {
        var error = Parse(
            HttpStatusCode.Forbidden,
            """
            <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <Error><Type>Sender</Type><Code>AuthorizationError</Code><Message>User is not authorized</Message></Error>
              <RequestId>9b1c-xml</RequestId>
            </ErrorResponse>
            """);

        Assert.Equal("AuthorizationError", error.ErrorCode);
        Assert.Equal("User is not authorized", error.ErrorMessage);
        Assert.Equal("9b1c-xml", error.RequestId);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public void Parse_ThrottlingCodeWith400_IsThrottlingException()
    {
        var error = Parse(HttpStatusCode.BadRequest, """{"__type":"ThrottlingException","message":"Rate exceeded"}""");

        Assert.IsType<AwsThrottlingException>(error);
    }

    [Fact]
    public void Parse_EmptyBody_GivesStatusBasedCodeAndClearMessage()
    {
        var error = Parse(HttpStatusCode.ServiceUnavailable, string.Empty, ("x-amz-request-id", "req-2"));

        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.Contains("empty body", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("req-2", error.RequestId);
    }

    [Fact]
    public void Parse_HtmlBody_EchoesTheBodyWithStatus()
    {
        var error = Parse(HttpStatusCode.BadGateway, "Bad gateway from proxy");

        Assert.Equal("BadGateway", error.ErrorCode);
        Assert.Contains("Bad gateway from proxy", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedJson_FallsBackToStatus()
    {
        var error = Parse(HttpStatusCode.InternalServerError, """{"__type": """);

        Assert.Equal("InternalServerError", error.ErrorCode);
    }
}
