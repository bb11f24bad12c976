using System.Net;
using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Fakes;
using CostOps.Aws.Tests.Http;
using CostOps.Core.Observability;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CostOps.Aws.Tests;

public sealed class AwsAccessTests
{
    private const string Dev = "111111111111";
    private const string Prod = "222222222222";
    private const string Session = "costops-scheduler";

    private readonly FakeTimeProvider _clock = TestClock.At("2026-03-02T07:30:00Z");
    private readonly StubAwsHandler _handler;
    private readonly AwsAccess _hub;

    public AwsAccessTests()
    {
        _handler = new StubAwsHandler(r => r.Uri.Host.StartsWith("sts.", StringComparison.Ordinal)
            ? (HttpStatusCode.OK, StubAwsHandler.AssumeRoleXml(r.Body, _clock.GetUtcNow().AddHours(1)))
            : (HttpStatusCode.OK, "{}"));
        var environment = new Dictionary<string, string>
        {
            ["AWS_REGION"] = "eu-west-1",
            ["AWS_ACCESS_KEY_ID"] = "AKIAHUBEXAMPLE",
            ["AWS_SECRET_ACCESS_KEY"] = "hub-secret",
        };
        _hub = new AwsAccess(environment, _clock, Mock.Of<IStructuredLog>(), handler: _handler);
    }

    private static string Role(string account) => $"arn:aws:iam::{account}:role/costops-member";

    [Fact]
    public async Task ForTarget_TwoTargets_EachHasItsOwnRateBucketsAndStatistics()
    {
        var dev = _hub.ForTarget(Dev, "eu-west-1", Role(Dev), "hub-7f3a", Session);
        var prod = _hub.ForTarget(Prod, "us-east-1", Role(Prod), null, Session);

        await StopAsync(dev, "api");
        await StopAsync(dev, "web");
        await StopAsync(prod, "api");

        Assert.NotSame(dev.Transport, prod.Transport);
        Assert.Equal((2L, 1L), (dev.Transport.Statistics.TotalCalls, prod.Transport.Statistics.TotalCalls));
        var hubCalls = Assert.Single(_hub.Transport.Statistics.Snapshot());
        Assert.Equal(("STS", "AssumeRole", 2L), (hubCalls.ServiceId, hubCalls.Operation, hubCalls.Calls));
        Assert.Equal(48, dev.Transport.RateBucket(AwsServices.Ecs, "UpdateService")!.Available);
        Assert.Equal(49, prod.Transport.RateBucket(AwsServices.Ecs, "UpdateService")!.Available);
        Assert.Equal(50, _hub.Transport.RateBucket(AwsServices.Ecs, "UpdateService")!.Available);
        Assert.Same(dev, _hub.ForTarget(Dev, "eu-west-1", Role(Dev), "hub-7f3a", Session));
        Assert.Equal((Dev, "eu-west-1", Prod, "us-east-1"), (dev.AccountId, dev.Region, prod.AccountId, prod.Region));
        Assert.Null(_hub.AccountId);
    }

    [Fact]
    public async Task ForTarget_Requests_AreSignedWithTheAssumedKeysForTheTargetsRegion()
    {
        var prod = _hub.ForTarget(Prod, "us-east-1", Role(Prod), "hub-7f3a", Session);

        await StopAsync(prod, "api");

        var (assume, update) = (_handler.Requests[0], _handler.Requests[1]);
        Assert.Equal(new Uri("https://sts.eu-west-1.amazonaws.com/"), assume.Uri);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIAHUBEXAMPLE/20260302/eu-west-1/sts/aws4_request", assume.Headers["authorization"], StringComparison.Ordinal);
        Assert.Contains($"RoleArn=arn%3Aaws%3Aiam%3A%3A{Prod}%3Arole%2Fcostops-member&RoleSessionName={Session}&ExternalId=hub-7f3a", assume.Body, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://ecs.us-east-1.amazonaws.com/"), update.Uri);
        Assert.StartsWith($"AWS4-HMAC-SHA256 Credential=ASIA{Prod}/20260302/us-east-1/ecs/aws4_request", update.Headers["authorization"], StringComparison.Ordinal);
        Assert.Equal($"token-{Prod}", update.Headers["x-amz-security-token"]);
    }

    [Fact]
    public async Task ForTarget_OneAccountTwoRegions_ShareOneAssumedRole()
    {
        var west = _hub.ForTarget(Dev, "eu-west-1", Role(Dev), null, Session);
        var east = _hub.ForTarget(Dev, "us-east-1", Role(Dev), null, Session);

        await StopAsync(west, "api");
        await StopAsync(east, "api");

        Assert.NotSame(west, east);
        Assert.Single(_handler.Requests, r => r.Uri.Host.StartsWith("sts.", StringComparison.Ordinal));
        Assert.Contains(_handler.Requests, r => r.Uri.Host == "ecs.us-east-1.amazonaws.com" && r.Headers["authorization"].Contains($"ASIA{Dev}/20260302/us-east-1/ecs/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForTarget_RoleRefused_SurfacesAccessDeniedWithAwsMessageAndTheNextCallAsksAgain()
    {
        const string message = $"User: arn:aws:sts::123456789012:assumed-role/costops-scheduler/x is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::{Prod}:role/costops-member";
        _handler.Answer = r => r.Uri.Host.StartsWith("sts.", StringComparison.Ordinal)
            ? (HttpStatusCode.Forbidden, $"<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>{message}</Message></Error><RequestId>1</RequestId></ErrorResponse>")
            : (HttpStatusCode.OK, "{}");
        var prod = _hub.ForTarget(Prod, "us-east-1", Role(Prod), null, Session);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => StopAsync(prod, "api"));
        await Assert.ThrowsAsync<AwsServiceException>(() => StopAsync(prod, "api"));

        Assert.Equal(("STS", "AccessDenied", message), (error.ServiceId, error.ErrorCode, error.ErrorMessage));
        Assert.Equal(2, _handler.Requests.Count);
        Assert.All(_handler.Requests, r => Assert.StartsWith("sts.", r.Uri.Host, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("11111111111", "eu-west-1", "costops-member", Session, "account '11111111111'")]
    [InlineData(Dev, "eu-west", "costops-member", Session, "region 'eu-west'")]
    [InlineData(Dev, "eu-west-1", "other-account", Session, "not a role of target account 111111111111")]
    [InlineData(Dev, "eu-west-1", "costops-member", "costops scheduler", "RoleSessionName 'costops scheduler'")]
    public void ForTarget_InvalidTarget_FailsNamingTheValue(string account, string region, string role, string session, string expected)
    {
        var roleArn = role == "other-account" ? Role(Prod) : Role(Dev);

        var error = Assert.Throws<ArgumentException>(() => _hub.ForTarget(account, region, roleArn, null, session));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public void ForTarget_HubSharedClients_StayTheFunctionsOwn()
    {
        var dev = _hub.ForTarget(Dev, "eu-west-1", Role(Dev), null, Session);

        Assert.Same(_hub.Lambda, dev.Lambda);
        Assert.Same(_hub.Sns, dev.Sns);
        Assert.Same(_hub.CostExplorer, dev.CostExplorer);
        Assert.Same(_hub.Scheduler, dev.Scheduler);
        Assert.Same(_hub.Sts, dev.Sts);
        Assert.NotSame(_hub.Ecs, dev.Ecs);
        Assert.NotSame(_hub.AutoScaling, dev.AutoScaling);
    }

    private static Task<UpdateServiceResponse> StopAsync(AwsAccess access, string service) =>
        access.Ecs.UpdateServiceAsync(new UpdateServiceRequest { Cluster = "app", Service = service, DesiredCount = 0 }, CancellationToken.None);
}
