using System.Net;
using System.Text;
using CostOps.Aws.Http;

namespace CostOps.Aws.Tests.Http;

public class AwsTransportTests
{
    [Fact]
    public async Task InvokeJsonAsync_EcsCall_SendsSignedJson11Request()
    {
        var fixture = new TransportFixture(sessionToken: "session-token-1");
        fixture.Handler.Respond(HttpStatusCode.OK, """{"serviceArns":["arn:a"],"nextToken":"t1"}""", ("x-amzn-RequestId", "r-1"));

        var response = await fixture.ListServicesAsync();

        Assert.Equal(["arn:a"], response.ServiceArns!);
        Assert.Equal("t1", response.NextToken);
        var request = Assert.Single(fixture.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri("https://ecs.eu-west-1.amazonaws.com/"), request.Uri);
        Assert.Equal("AmazonEC2ContainerServiceV20141113.ListServices", request.Headers["x-amz-target"]);
        Assert.Equal("application/x-amz-json-1.1", request.Headers["content-type"]);
        Assert.Equal("20260302T073000Z", request.Headers["x-amz-date"]);
        Assert.Equal("session-token-1", request.Headers["x-amz-security-token"]);
        Assert.Equal("""{"cluster":"prod"}""", request.Body);
        Assert.StartsWith(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260302/eu-west-1/ecs/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature=",
            request.Headers["authorization"],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeJsonAsync_WithoutSessionToken_SendsNoSecurityTokenHeader()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(HttpStatusCode.OK, "{}");

        await fixture.ListServicesAsync();

        var request = Assert.Single(fixture.Handler.Requests);
        Assert.False(request.Headers.ContainsKey("x-amz-security-token"));
        Assert.Contains("SignedHeaders=content-type;host;x-amz-date;x-amz-target,", request.Headers["authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeJsonAsync_GlobalCostExplorer_SignsWithUsEast1AndCeScope()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(HttpStatusCode.OK, "{}");

        await fixture.Transport.InvokeJsonAsync(AwsServices.CostExplorer, "GetCostAndUsage", new ListThingsRequest("x", null), TestJsonContext.Default.ListThingsRequest, TestJsonContext.Default.ListThingsResponse, CancellationToken.None);

        var request = Assert.Single(fixture.Handler.Requests);
        Assert.Equal("ce.us-east-1.amazonaws.com", request.Uri.Host);
        Assert.Equal("AWSInsightsIndexService.GetCostAndUsage", request.Headers["x-amz-target"]);
        Assert.Contains("Credential=AKIDEXAMPLE/20260302/us-east-1/ce/aws4_request", request.Headers["authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeJsonAsync_EndpointOverride_SendsToEmulator()
    {
        var fixture = new TransportFixture(new Dictionary<string, string> { ["AWS_REGION"] = "eu-west-1", ["AWS_ENDPOINT_URL_ECS"] = "http://localhost:4566" });
        fixture.Handler.Respond(HttpStatusCode.OK, "{}");

        await fixture.ListServicesAsync();

        Assert.Equal(new Uri("http://localhost:4566/"), Assert.Single(fixture.Handler.Requests).Uri);
    }

    [Fact]
    public async Task InvokeQueryAsync_SnsPublish_FormEncodesAndReturnsXml()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(
            HttpStatusCode.OK,
            """<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult></PublishResponse>""");

        var document = await fixture.Transport.InvokeQueryAsync(
            AwsServices.Sns,
            "Publish",
            [new("TopicArn", "arn:aws:sns:eu-west-1:1:costops"), new("Message", "Stopped 3 services & saved $4")],
            CancellationToken.None);

        Assert.Equal("m-1", document.Descendants().Single(e => e.Name.LocalName == "MessageId").Value);
        var request = Assert.Single(fixture.Handler.Requests);
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", request.Headers["content-type"]);
        Assert.Equal("Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aeu-west-1%3A1%3Acostops&Message=Stopped%203%20services%20%26%20saved%20%244", request.Body);
        Assert.Contains("/eu-west-1/sns/aws4_request", request.Headers["authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeRestAsync_LambdaGet_ReturnsStatusHeadersAndBody()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(HttpStatusCode.OK, """{"FunctionName":"f"}""", ("x-amzn-RequestId", "rest-1"));

        var response = await fixture.Transport.InvokeRestAsync(
            AwsServices.Lambda,
            HttpMethod.Get,
            "/2015-03-31/functions/f/configuration?Qualifier=live",
            [new("x-custom", "v")],
            ReadOnlyMemory<byte>.Empty,
            CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("rest-1", response.Headers["x-amzn-requestid"]);
        Assert.Equal("""{"FunctionName":"f"}""", Encoding.UTF8.GetString(response.Body.Span));
        var request = Assert.Single(fixture.Handler.Requests);
        Assert.Equal(new Uri("https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/f/configuration?Qualifier=live"), request.Uri);
        Assert.Equal("v", request.Headers["x-custom"]);
        Assert.Contains("SignedHeaders=host;x-amz-date;x-custom,", request.Headers["authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeJsonAsync_WrongProtocol_ThrowsBeforeSending()
    {
        var fixture = new TransportFixture();

        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Transport.InvokeQueryAsync(AwsServices.Ecs, "ListServices", [], CancellationToken.None));
        Assert.Empty(fixture.Handler.Requests);
    }

    [Fact]
    public async Task InvokeJsonAsync_NamespacedJsonError_ThrowsServiceExceptionAtOnce()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(HttpStatusCode.BadRequest, """{"__type":"com.amazonaws.ecs#InvalidParameterException","message":"bad count"}""", ("x-amzn-RequestId", "e-1"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => fixture.ListServicesAsync());

        Assert.Equal("InvalidParameterException", error.ErrorCode);
        Assert.Equal("e-1", error.RequestId);
        Assert.Equal("ListServices", error.Operation);
        Assert.Single(fixture.Handler.Requests);
        Assert.Empty(fixture.Delay.Waits);
    }

    [Fact]
    public async Task InvokeJsonAsync_AccessDenied403_DoesNotRetry()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(HttpStatusCode.Forbidden, """{"__type":"AccessDeniedException","Message":"no"}""");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => fixture.ListServicesAsync());

        Assert.Equal("AccessDeniedException", error.ErrorCode);
        Assert.Single(fixture.Handler.Requests);
    }

    [Fact]
    public async Task InvokeQueryAsync_XmlErrorWithEmptyHeaders_ThrowsWithXmlRequestId()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(HttpStatusCode.NotFound, "<ErrorResponse><Error><Code>NotFound</Code><Message>Topic does not exist</Message></Error><RequestId>x-9</RequestId></ErrorResponse>");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => fixture.Transport.InvokeQueryAsync(AwsServices.Sns, "Publish", [], CancellationToken.None));

        Assert.Equal("NotFound", error.ErrorCode);
        Assert.Equal("x-9", error.RequestId);
    }

    [Fact]
    public async Task InvokeJsonAsync_ResponseNotMatchingType_ThrowsInvalidData()
    {
        var fixture = new TransportFixture();
        fixture.Handler.Respond(HttpStatusCode.OK, """{"serviceArns":"not-a-list"}""");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => fixture.ListServicesAsync());

        Assert.Contains("ListServices", error.Message, StringComparison.Ordinal);
    }
}
