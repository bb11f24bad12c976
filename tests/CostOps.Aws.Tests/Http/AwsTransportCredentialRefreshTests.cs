using System.Net;
using CostOps.Aws.Http;
using CostOps.Aws.Sns;
using CostOps.Aws.Sts;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Aws.Tests.Http;

/// <summary>Member-account credentials AWS refuses are dropped and fetched again, once per request, through the same HTTP path as STS.</summary>
public sealed class AwsTransportCredentialRefreshTests
{
    private const string Expired = """{"__type":"ExpiredTokenException","message":"The security token included in the request is expired"}""";
    private const string Published = """<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult></PublishResponse>""";
    private static readonly AssumeRoleRequest Role = new() { RoleArn = "arn:aws:iam::111111111111:role/costops-member", RoleSessionName = "costops-scheduler" };

    private readonly FakeTimeProvider _clock = TestClock.At("2026-03-02T07:30:00Z");
    private readonly RecordingHandler _handler = new();
    private readonly AwsCallStatistics _statistics = new();

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "ExpiredTokenException")]
    [InlineData(HttpStatusCode.BadRequest, "UnrecognizedClientException")]
    [InlineData(HttpStatusCode.Forbidden, "ExpiredToken")]
    [InlineData(HttpStatusCode.Forbidden, "InvalidClientTokenId")]
    public async Task InvokeJsonAsync_CredentialsRefused_AssumesTheRoleOnceMoreAndSucceeds(HttpStatusCode status, string code)
    {
        _handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAFIRST"))
            .Respond(status, $$"""{"__type":"{{code}}","message":"The security token included in the request is invalid."}""")
            .Respond(HttpStatusCode.OK, AssumeRoleXml("ASIASECOND"))
            .Respond(HttpStatusCode.OK, """{"serviceArns":["arn:aws:ecs:eu-west-1:111111111111:service/prod/web"]}""");

        var response = await ListServicesAsync(MemberTransport(HubTransport()));

        Assert.Equal(["arn:aws:ecs:eu-west-1:111111111111:service/prod/web"], response.ServiceArns);
        Assert.Equal(["sts", "ecs", "sts", "ecs"], _handler.Requests.Select(r => r.Uri.Host.Split('.')[0]));
        Assert.Equal(["AKIAHUB", "ASIAFIRST", "AKIAHUB", "ASIASECOND"], _handler.Requests.Select(SigningKey));
        Assert.Equal("ASIASECOND-token", _handler.Requests[3].Headers["x-amz-security-token"]);
        Assert.Equal(1, _statistics.TotalRetries);
    }

    [Fact]
    public async Task InvokeJsonAsync_RefusedAgainWithFreshCredentials_FailsWithAwsMessageAfterOneRefresh()
    {
        _handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAFIRST"))
            .Respond(HttpStatusCode.BadRequest, Expired)
            .Respond(HttpStatusCode.OK, AssumeRoleXml("ASIASECOND"))
            .Respond(HttpStatusCode.BadRequest, Expired);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => ListServicesAsync(MemberTransport(HubTransport())));

        Assert.Equal(("ExpiredTokenException", "The security token included in the request is expired"), (error.ErrorCode, error.ErrorMessage));
        Assert.Equal(4, _handler.Requests.Count);
    }

    [Fact]
    public async Task InvokeJsonAsync_AccessDenied_IsNotACredentialsProblemAndAssumesNoRole()
    {
        _handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAFIRST"))
            .Respond(HttpStatusCode.BadRequest, """{"__type":"AccessDeniedException","message":"not authorized to perform: ecs:ListServices"}""");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => ListServicesAsync(MemberTransport(HubTransport())));

        Assert.Equal("AccessDeniedException", error.ErrorCode);
        Assert.Equal(["sts", "ecs"], _handler.Requests.Select(r => r.Uri.Host.Split('.')[0]));
    }

    [Fact]
    public async Task InvokeJsonAsync_SdkChainCredentialsRefused_FailsOnceAsBefore()
    {
        _handler.Respond(HttpStatusCode.BadRequest, Expired).Respond(HttpStatusCode.OK, "{}");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => ListServicesAsync(HubTransport()));

        Assert.Equal("ExpiredTokenException", error.ErrorCode);
        Assert.Single(_handler.Requests);
        Assert.IsNotAssignableFrom<IRefreshableCredentialSource>(new DefaultCredentialSource());
    }

    [Fact]
    public async Task Publish_CredentialsRefused_WasNotExecutedSoItIsSentAgainAndDeliveredOnce()
    {
        _handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAFIRST"))
            .Respond(HttpStatusCode.Forbidden, """<ErrorResponse><Error><Type>Sender</Type><Code>ExpiredToken</Code><Message>The security token included in the request is expired</Message></Error><RequestId>x-1</RequestId></ErrorResponse>""")
            .Respond(HttpStatusCode.OK, AssumeRoleXml("ASIASECOND"))
            .Respond(HttpStatusCode.OK, Published);

        var response = await new SnsClient(MemberTransport(HubTransport())).PublishAsync(
            new PublishRequest { TopicArn = "arn:aws:sns:eu-west-1:111111111111:costops", Message = "alert" }, CancellationToken.None);

        Assert.Equal("m-1", response.MessageId);
        Assert.Equal(["ASIAFIRST", "ASIASECOND"], _handler.Requests.Where(r => r.Uri.Host.StartsWith("sns.", StringComparison.Ordinal)).Select(SigningKey));
    }

    [Fact]
    public async Task InvokeJsonAsync_TwoCallsRefusedWithTheSameCredentials_OneNewAssumeRoleServesBoth()
    {
        var aws = new SessionCheckingHandler(_clock.GetUtcNow().AddHours(1)) { HoldExpired = 2 };
        aws.Expire("ASIA1");
        var member = MemberTransport(HubTransport(aws), aws);

        var both = await Task.WhenAll(ListServicesAsync(member), ListServicesAsync(member));

        Assert.All(both, r => Assert.Single(r.ServiceArns!));
        Assert.Equal(2, aws.AssumeRoleCalls);
        Assert.Equal(["ASIA1", "ASIA1", "ASIA2", "ASIA2"], aws.SignedWith.Where(k => k.StartsWith("ASIA", StringComparison.Ordinal)));
    }

    private static string SigningKey(RecordedRequest request) => request.Headers["authorization"].Split("Credential=")[1].Split('/')[0];

    private static Task<ListThingsResponse> ListServicesAsync(AwsTransport transport) =>
        transport.InvokeJsonAsync(AwsServices.Ecs, "ListServices", new ListThingsRequest("prod", null), TestJsonContext.Default.ListThingsRequest, TestJsonContext.Default.ListThingsResponse, CancellationToken.None);

    private AwsTransport HubTransport(HttpMessageHandler? handler = null) => Transport(new FixedCredentials("AKIAHUB", "hub-secret"), handler);

    private AwsTransport MemberTransport(AwsTransport hub, HttpMessageHandler? handler = null) =>
        Transport(new AssumedRoleCredentialSource(new StsClient(hub), Role, _clock), handler);

    private AwsTransport Transport(ICredentialSource credentials, HttpMessageHandler? handler) =>
        new(new HttpClient(handler ?? _handler), credentials, new AwsEndpointResolver(new Dictionary<string, string> { ["AWS_REGION"] = "eu-west-1" }), new AwsTransportOptions(), _clock, new RecordingDelay(_clock), () => 0.5, _statistics);

    private string AssumeRoleXml(string key) =>
        $"""
        <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>
          <AssumedRoleUser><Arn>arn:aws:sts::111111111111:assumed-role/costops-member/costops-scheduler</Arn><AssumedRoleId>AROAEXAMPLE:costops-scheduler</AssumedRoleId></AssumedRoleUser>
          <Credentials><AccessKeyId>{key}</AccessKeyId><SecretAccessKey>{key}-secret</SecretAccessKey><SessionToken>{key}-token</SessionToken><Expiration>{_clock.GetUtcNow().AddHours(1).UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</Expiration></Credentials>
        </AssumeRoleResult><ResponseMetadata><RequestId>sts-{key}</RequestId></ResponseMetadata></AssumeRoleResponse>
        """;
}
