using CostOps.Cli.Preflight;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Preflight;

public sealed class NotificationEmailCheckTests : IDisposable
{
    private readonly TempRepository _repo = new();

    [Theory]
    [InlineData("region = \"eu-west-1\"\n")]
    [InlineData("notification_emails = []\n")]
    public async Task RunAsync_NoAddress_FailsAskingForOne(string tfvars)
    {
        _repo.WithTfvars(tfvars);

        var result = await new NotificationEmailCheck().RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Equal("terraform/deploy/terraform.tfvars gives no notification_emails: add notification_emails = [\"you@example.com\"] so the weekly report and the budget alerts reach someone", result.Message);
    }

    [Fact]
    public async Task RunAsync_MalformedAddress_FailsQuotingIt()
    {
        _repo.WithTfvars("notification_emails = [\"ops@example.com\", \"ops@example\", \"ops example.com\"]\n");

        var result = await new NotificationEmailCheck().RunAsync(_repo.Context(), default);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains("has \"ops@example\", \"ops example.com\", which is not an e-mail address", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SingleStringInsteadOfList_FailsWithTheLine()
    {
        _repo.WithTfvars("\nnotification_emails = \"ops@example.com\"\n");

        var result = await new NotificationEmailCheck().RunAsync(_repo.Context(), default);

        Assert.Contains("line 2: notification_emails must be a list of quoted strings", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WellFormedAddresses_Passes()
    {
        _repo.WithTfvars("notification_emails = [\"ops@example.com\", \"first.last+costops@mail.example.co.uk\"]\n");

        var result = await new NotificationEmailCheck().RunAsync(_repo.Context(), default);

        Assert.Equal((CheckStatus.Passed, "ops@example.com, first.last+costops@mail.example.co.uk"), (result.Status, result.Message));
    }

    public void Dispose() => _repo.Dispose();
}
