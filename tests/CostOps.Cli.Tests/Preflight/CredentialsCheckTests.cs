using CostOps.Cli.Aws;
using CostOps.Cli.Preflight;
using CostOps.Cli.Tests.Fakes;
using Moq;

namespace CostOps.Cli.Tests.Preflight;

public sealed class CredentialsCheckTests : IDisposable
{
    private readonly TempRepository _repo = new();
    private readonly Mock<ICallerIdentityClient> _sts = new(MockBehavior.Strict);

    [Fact]
    public async Task RunAsync_ValidCredentials_PassesNamingAccountAndCallsInDeployRegion()
    {
        _repo.WithValidTfvars("eu-west-1");
        _sts.Setup(s => s.GetCallerIdentityAsync("eu-west-1", It.IsAny<CancellationToken>())).ReturnsAsync(new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/ops"));

        var result = await new CredentialsCheck(_sts.Object).RunAsync(_repo.Context(), default);

        Assert.Equal((CheckStatus.Passed, "account 123456789012 as arn:aws:iam::123456789012:user/ops"), (result.Status, result.Message));
    }

    [Theory]
    [InlineData("ExpiredToken", "The security token included in the request is expired", "the AWS credentials have expired (The security token included in the request is expired): refresh them")]
    [InlineData("InvalidClientTokenId", "The security token included in the request is invalid.", "AWS does not recognise the access key")]
    [InlineData("SignatureDoesNotMatch", "signature mismatch", "the secret access key does not belong to the access key id")]
    [InlineData("NoCredentials", "Failed to resolve AWS credentials.\nException 1 of 4: ...", "no AWS credentials were found")]
    [InlineData("Unreachable", "sts.eu-west-1: Name or service not known", "AWS STS could not be reached (sts.eu-west-1: Name or service not known): check the network")]
    [InlineData("AccessDenied", "denied", "AWS rejected the credentials with AccessDenied (denied)")]
    public async Task RunAsync_BadCredentials_FailsWithOneLineSayingWhatToDo(string code, string message, string expected)
    {
        _repo.WithValidTfvars();
        _sts.Setup(s => s.GetCallerIdentityAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new CredentialsException(code, message));

        var result = await new CredentialsCheck(_sts.Object).RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Message);
    }

    [Fact]
    public async Task RunAsync_NoTfvarsRegion_CallsInEnvironmentRegion()
    {
        _sts.Setup(s => s.GetCallerIdentityAsync("ap-south-1", It.IsAny<CancellationToken>())).ReturnsAsync(new CallerIdentity("1", "arn"));

        var result = await new CredentialsCheck(_sts.Object).RunAsync(_repo.Context(new Dictionary<string, string> { ["AWS_DEFAULT_REGION"] = "ap-south-1" }), default);

        Assert.Equal(CheckStatus.Passed, result.Status);
    }

    public void Dispose() => _repo.Dispose();
}
