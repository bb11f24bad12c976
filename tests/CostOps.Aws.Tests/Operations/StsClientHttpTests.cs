using System.Net;
using CostOps.Aws.Http;
using CostOps.Aws.Sts;
using CostOps.Aws.Tests.Contracts;
using CostOps.Aws.Tests.Http;

namespace CostOps.Aws.Tests.Operations;

public sealed class StsClientHttpTests
{
    private const string RoleArn = "arn:aws:iam::111111111111:role/costops-member";

    private readonly TransportFixture _fixture = new();

    private StsClient Client => new(_fixture.Transport);

    private static AssumeRoleRequest Request => new() { RoleArn = RoleArn, RoleSessionName = "costops-scheduler", ExternalId = "hub-7f3a" };

    [Fact]
    public async Task AssumeRoleAsync_Valid_PostsQueryFormToRegionalEndpointSignedForSts()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Sts/AssumeRole.xml"));

        var role = await Client.AssumeRoleAsync(Request, default);

        Assert.Equal("ASIAIOSFODNN7EXAMPLE", role.AccessKeyId);
        var request = Assert.Single(_fixture.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri("https://sts.eu-west-1.amazonaws.com/"), request.Uri);
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", request.Headers["content-type"]);
        HttpCallAssert.Signed(request, "eu-west-1", "sts");
        Assert.Equal(
            "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2Fcostops-member&RoleSessionName=costops-scheduler&ExternalId=hub-7f3a",
            request.Body);
    }

    [Fact]
    public async Task AssumeRoleAsync_AccessDenied_ThrowsAwsServiceExceptionWithAwsMessageWithoutRetry()
    {
        const string message = "User: arn:aws:sts::123456789012:assumed-role/costops-scheduler/costops is not authorized to perform: sts:AssumeRole on resource: " + RoleArn;
        _fixture.Handler.Respond(HttpStatusCode.Forbidden, ErrorXml("AccessDenied", message));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client.AssumeRoleAsync(Request, default));

        Assert.Equal(("STS", "AssumeRole", "AccessDenied", message, HttpStatusCode.Forbidden), (error.ServiceId, error.Operation, error.ErrorCode, error.ErrorMessage, error.StatusCode));
        Assert.Single(_fixture.Handler.Requests);
    }

    [Fact]
    public async Task AssumeRoleAsync_ExpiredToken_ThrowsWithoutRetry()
    {
        _fixture.Handler.Respond(HttpStatusCode.BadRequest, ErrorXml("ExpiredToken", "The security token included in the request is expired"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client.AssumeRoleAsync(Request, default));

        Assert.Equal("ExpiredToken", error.ErrorCode);
        Assert.IsNotType<AwsThrottlingException>(error);
        Assert.Single(_fixture.Handler.Requests);
    }

    [Fact]
    public async Task AssumeRoleAsync_Throttled_RetriesAfterBackoffAndSucceeds()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.BadRequest, ErrorXml("Throttling", "Rate exceeded"))
            .Respond(HttpStatusCode.OK, ContractAssert.Fixture("Sts/AssumeRole.xml"));

        var role = await Client.AssumeRoleAsync(Request, default);

        Assert.Equal("ASIAIOSFODNN7EXAMPLE", role.AccessKeyId);
        Assert.Equal(2, _fixture.Handler.Requests.Count);
        Assert.Single(_fixture.Delay.Waits);
        var count = Assert.Single(_fixture.Statistics.Snapshot());
        Assert.Equal(("STS", "AssumeRole", 2L, 1L, 1L), (count.ServiceId, count.Operation, count.Calls, count.Retries, count.Throttles));
    }

    [Theory]
    [InlineData("arn:aws:iam::1111:role/costops-member", "costops-scheduler", null, "RoleArn")]
    [InlineData(RoleArn, "costops scheduler", null, "RoleSessionName 'costops scheduler'")]
    [InlineData(RoleArn, "c", null, "RoleSessionName 'c'")]
    [InlineData(RoleArn, "costops-scheduler", "x", "ExternalId (1 characters)")]
    [InlineData(RoleArn, "costops-scheduler", "secret with spaces", "ExternalId (18 characters)")]
    public async Task AssumeRoleAsync_InvalidRequest_FailsNamingTheMemberWithoutSending(string roleArn, string session, string? externalId, string expected)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.AssumeRoleAsync(new() { RoleArn = roleArn, RoleSessionName = session, ExternalId = externalId }, default));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(_fixture.Handler.Requests);
    }

    [Fact]
    public async Task AssumeRoleAsync_ExternalIdNotEchoedInErrors_OnlyItsLength()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.AssumeRoleAsync(Request with { ExternalId = "top secret" }, default));

        Assert.DoesNotContain("top secret", error.Message, StringComparison.Ordinal);
    }

    private static string ErrorXml(string code, string message) =>
        $"""
        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>
          <RequestId>4d9e0c55-0000-1111-2222-333344445555</RequestId>
        </ErrorResponse>
        """;
}
