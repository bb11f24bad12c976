using System.Net;
using CostOps.Aws.Http;
using CostOps.Aws.Sts;
using CostOps.Aws.Tests.Fakes;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Aws.Tests.Http;

public sealed class AssumedRoleCredentialSourceTests
{
    private static readonly AssumeRoleRequest Role = new() { RoleArn = "arn:aws:iam::111111111111:role/costops-member", RoleSessionName = "costops-scheduler", ExternalId = "hub-7f3a" };

    private readonly FakeTimeProvider _clock = TestClock.At("2026-03-02T07:30:00Z");
    private readonly GatedSts _sts = new();

    private DateTimeOffset OneHourOn => _clock.GetUtcNow().AddHours(1);

    [Fact]
    public async Task GetCredentialsAsync_WithinValidity_ReusesUntilFiveMinutesBeforeExpiry()
    {
        var source = new AssumedRoleCredentialSource(_sts, Role, _clock);
        var first = source.GetCredentialsAsync(default);
        _sts.Issue("ASIAFIRST", OneHourOn);
        Assert.Equal("ASIAFIRST", (await first).AccessKey);

        _clock.Advance(TimeSpan.FromMinutes(54) + TimeSpan.FromSeconds(59));
        var cached = await source.GetCredentialsAsync(default);
        Assert.Equal(("ASIAFIRST", "ASIAFIRST-secret", "ASIAFIRST-token"), (cached.AccessKey, cached.SecretKey, cached.Token));
        Assert.Single(_sts.Requests);

        _clock.Advance(TimeSpan.FromSeconds(1));
        var renewed = source.GetCredentialsAsync(default);
        Assert.Equal(2, _sts.Requests.Count);
        _sts.Issue("ASIASECOND", OneHourOn);
        Assert.Equal("ASIASECOND", (await renewed).AccessKey);
        Assert.Equal(Role, _sts.Requests[1]);
    }

    [Fact]
    public async Task GetCredentialsAsync_ManyCallersWhileRefreshing_OneStsCallAnswersAll()
    {
        var source = new AssumedRoleCredentialSource(_sts, Role, _clock);

        var callers = Enumerable.Range(0, 8).Select(_ => source.GetCredentialsAsync(default)).ToList();
        Assert.Single(_sts.Requests);
        Assert.All(callers, c => Assert.False(c.IsCompleted));
        _sts.Issue("ASIAONCE", OneHourOn);

        Assert.All(await Task.WhenAll(callers), c => Assert.Equal("ASIAONCE", c.AccessKey));
        Assert.Single(_sts.Requests);
    }

    [Fact]
    public async Task GetCredentialsAsync_RefreshFails_WaitersGetTheErrorAndTheNextCallAsksAgain()
    {
        var source = new AssumedRoleCredentialSource(_sts, Role, _clock);
        var denied = new AwsServiceException("STS", "AssumeRole", "AccessDenied", "not authorized to perform: sts:AssumeRole", "r-1", HttpStatusCode.Forbidden);

        var a = source.GetCredentialsAsync(default);
        var b = source.GetCredentialsAsync(default);
        _sts.Fail(denied);

        Assert.Same(denied, await Assert.ThrowsAsync<AwsServiceException>(() => a));
        Assert.Same(denied, await Assert.ThrowsAsync<AwsServiceException>(() => b));
        var retry = source.GetCredentialsAsync(default);
        Assert.Equal(2, _sts.Requests.Count);
        _sts.Issue("ASIARETRY", OneHourOn);
        Assert.Equal("ASIARETRY", (await retry).AccessKey);
    }

    [Fact]
    public async Task GetCredentialsAsync_OneWaiterCancels_TheOthersStillGetTheCredentials()
    {
        var source = new AssumedRoleCredentialSource(_sts, Role, _clock);
        using var cancel = new CancellationTokenSource();

        var leaving = source.GetCredentialsAsync(cancel.Token);
        var staying = source.GetCredentialsAsync(default);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        _sts.Issue("ASIASTAY", OneHourOn);

        Assert.Equal("ASIASTAY", (await staying).AccessKey);
        Assert.Single(_sts.Requests);
    }

    [Fact]
    public async Task Invalidate_CurrentCredentials_NextCallAssumesTheRoleAgain()
    {
        var source = new AssumedRoleCredentialSource(_sts, Role, _clock);
        var first = source.GetCredentialsAsync(default);
        _sts.Issue("ASIAREFUSED", OneHourOn);

        source.Invalidate(await first);
        var next = source.GetCredentialsAsync(default);

        Assert.Equal(2, _sts.Requests.Count);
        _sts.Issue("ASIAFRESH", OneHourOn);
        Assert.Equal("ASIAFRESH", (await next).AccessKey);
    }

    [Fact]
    public async Task Invalidate_CredentialsAlreadyReplaced_KeepsTheNewOnes()
    {
        var source = new AssumedRoleCredentialSource(_sts, Role, _clock);
        var first = source.GetCredentialsAsync(default);
        _sts.Issue("ASIAOLD", OneHourOn);
        var old = await first;
        source.Invalidate(old);
        var second = source.GetCredentialsAsync(default);
        _sts.Issue("ASIANEW", OneHourOn);
        await second;

        source.Invalidate(old);
        var third = source.GetCredentialsAsync(default);

        Assert.Equal(2, _sts.Requests.Count);
        Assert.Equal("ASIANEW", (await third).AccessKey);
    }

    [Fact]
    public async Task GetCredentialsAsync_ShortLivedCredentials_RenewedHalfwayThroughWhatIsLeft()
    {
        var source = new AssumedRoleCredentialSource(_sts, Role, _clock);
        var first = source.GetCredentialsAsync(default);
        _sts.Issue("ASIASHORT", _clock.GetUtcNow().AddMinutes(4));
        await first;

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("ASIASHORT", (await source.GetCredentialsAsync(default)).AccessKey);
        _clock.Advance(TimeSpan.FromMinutes(1));
        _ = source.GetCredentialsAsync(default);

        Assert.Equal(2, _sts.Requests.Count);
    }

    [Fact]
    public async Task GetCredentialsAsync_AlreadyExpired_FailsNamingTheClockAndIsNotCached()
    {
        var source = new AssumedRoleCredentialSource(_sts, Role, _clock);
        var first = source.GetCredentialsAsync(default);
        _sts.Issue("ASIASTALE", _clock.GetUtcNow().AddSeconds(-1));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => first);

        Assert.Contains("check the clock", error.Message, StringComparison.Ordinal);
        _ = source.GetCredentialsAsync(default);
        Assert.Equal(2, _sts.Requests.Count);
    }

    [Fact]
    public void Constructor_InvalidSessionName_FailsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new AssumedRoleCredentialSource(_sts, Role with { RoleSessionName = "costops scheduler" }, _clock));

        Assert.Contains("RoleSessionName 'costops scheduler'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scheduler", "costops-scheduler")]
    [InlineData("costops-scheduler", "costops-scheduler")]
    [InlineData("team:scheduler v2", "costops-team-scheduler-v2")]
    [InlineData("a-very-long-function-name-that-goes-on-and-on-past-the-sts-limit-of-64", "costops-a-very-long-function-name-that-goes-on-and-on-past-the-s")]
    public void SessionName_FunctionName_IdentifiesCostOpsWithinStsRules(string function, string expected)
    {
        var name = AssumedRoleCredentialSource.SessionName(function);

        Assert.Equal(expected, name);
        Assert.True(AssumeRoleRules.IsValidSessionName(name));
    }
}
