using System.Text;
using CostOps.Hosting.Events;

namespace CostOps.Hosting.Tests.Events;

public sealed class HttpEventsTests
{
    private static InvocationEvent ParseFixture(string name) =>
        EventParser.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)));

    private static InvocationEvent Parse(string json) => EventParser.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Parse_LoadBalancerFixture_ReturnsRequestWithHostAcceptAndClientAddress()
    {
        var request = Assert.IsType<HttpRequestEvent>(ParseFixture("alb-request.json"));

        Assert.Equal(EventKind.HttpRequest, request.Kind);
        Assert.Equal((HttpOrigin.LoadBalancer, "GET", "/lambda"), (request.Origin, request.Method, request.Path));
        Assert.Equal("lambda-alb-123578498.us-east-1.elb.amazonaws.com", request.Header("Host"));
        Assert.StartsWith("text/html", request.Header("accept"), StringComparison.Ordinal);
        Assert.Equal("72.12.164.125", request.SourceIp);
        Assert.Null(request.Caller);
        Assert.Equal("", request.Body);
    }

    [Fact]
    public void Parse_FunctionUrlFixture_ReturnsPostWithBodyCallerAndSourceIp()
    {
        var request = Assert.IsType<HttpRequestEvent>(ParseFixture("function-url-request.json"));

        Assert.Equal((HttpOrigin.FunctionUrl, "POST", "/"), (request.Origin, request.Method, request.Path));
        Assert.Equal("""{"cluster":"dev","service":"web","for":"3h"}""", request.Body);
        Assert.Equal("arn:aws:iam::111122223333:user/example-user", request.Caller);
        Assert.Equal("123.123.123.123", request.SourceIp);
    }

    [Fact]
    public void Parse_MultiValueHeadersAndForwardedChain_TakesLastValuesAndTheAddressTheBalancerAdded()
    {
        var request = Assert.IsType<HttpRequestEvent>(Parse("""
            {"requestContext":{"elb":{"targetGroupArn":"tg"}},"httpMethod":"GET","path":"/",
             "multiValueHeaders":{"Accept":["application/json"],"X-Forwarded-For":["203.0.113.9, 198.51.100.7"],"x-n":[1]},"body":null,"isBase64Encoded":false}
            """));

        Assert.Equal("application/json", request.Header("accept"));
        Assert.Equal("198.51.100.7", request.SourceIp);
        Assert.Null(request.Header("x-n"));
    }

    [Fact]
    public void Parse_Base64Body_IsDecoded()
    {
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"cluster":"dev"}"""));
        var request = Assert.IsType<HttpRequestEvent>(Parse("""{"requestContext":{"http":{"method":"POST"}},"rawPath":"/","body":"BODY","isBase64Encoded":true}""".Replace("BODY", body, StringComparison.Ordinal)));

        Assert.Equal("""{"cluster":"dev"}""", request.Body);
        Assert.Null(request.Caller);
    }

    [Theory]
    [InlineData("""{"requestContext":{}}""", "requestContext")]
    [InlineData("""{"requestContext":{"elb":{}}}""", "httpMethod")]
    [InlineData("""{"requestContext":{"http":{"method":5}}}""", "requestContext.http.method")]
    [InlineData("""{"requestContext":{"http":{"method":"POST"}},"body":"@@","isBase64Encoded":true}""", "body")]
    public void Parse_BrokenEnvelope_RejectedNamingTheField(string json, string field)
    {
        var error = Assert.Throws<InvalidEventException>(() => Parse(json));

        Assert.Equal(field, error.Field);
    }
}
