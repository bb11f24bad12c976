using System.Text.Json;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Fleet;

public sealed class MemberAccountTests : IDisposable
{
    private readonly SimulatedMembers _org = new();

    public void Dispose() => _org.Dispose();

    [Fact]
    public async Task Status_Account_ReadsTheMemberFleetWithItsRoleAndTheHubsState()
    {
        _org.At(new DateTimeOffset(2026, 11, 23, 20, 1, 0, TimeSpan.Zero));
        await _org.RunSchedulerAsync(_org.Member1West, SimulatedMembers.Account1);

        var code = await _org.RunAsync("status", "--account", SimulatedMembers.Account1, "--region", "eu-west-1");

        Assert.Equal(0, code);
        var text = _org.Out.ToString();
        Assert.Contains("in account 111111111111 eu-west-1", text, StringComparison.Ordinal);
        Assert.Matches(@"app/api\s+stopped\s+0/0\s+2\s", text);
        Assert.Matches(@"app/web\s+stopped\s+0/0\s+1\s", text);
        Assert.DoesNotContain("worker", text, StringComparison.Ordinal);
        Assert.Equal([("arn:aws:iam::111111111111:role/costops-member", "3f9a6c1e8d2b47a0", "eu-central-1")], _org.Roles.Calls);
    }

    [Fact]
    public async Task Status_AccountWithSeveralRegionsAndNoRegion_ExitsTwoAskingForRegion()
    {
        var code = await _org.RunAsync("status", "--account", SimulatedMembers.Account1);

        Assert.Equal(2, code);
        Assert.Contains("account 111111111111 is scheduled in eu-west-1, us-east-1 (terraform/deploy/terraform.tfvars): pass --region", _org.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_org.Roles.Calls);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("plan")]
    public async Task FleetCommand_AccountWhoseRoleRefuses_ExitsOneNamingTheRoleAwsMessageAndWhatToCheck(string command)
    {
        var code = await _org.RunAsync(command, "--account", SimulatedMembers.Account2);

        Assert.Equal(1, code);
        var error = _org.Error.ToString();
        Assert.Contains("cannot assume arn:aws:iam::222222222222:role/costops-member (AccessDenied: User: arn:aws:iam::999999999999:user/platform is not authorized", error, StringComparison.Ordinal);
        Assert.Contains("operator_arns", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("11111111111")]
    [InlineData("prod")]
    public async Task Status_AccountNotAnAccountId_ExitsTwo(string account)
    {
        var code = await _org.RunAsync("status", "--account", account);

        Assert.Equal(2, code);
        Assert.Contains($"--account {account}: expected a 12-digit AWS account id", _org.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_Account_SaysWhatTheSchedulerWouldDoThere()
    {
        _org.At(new DateTimeOffset(2026, 11, 23, 20, 1, 0, TimeSpan.Zero));

        var code = await _org.RunAsync("plan", "--account", SimulatedMembers.Account1, "--region", "us-east-1", "--json");

        Assert.Equal(0, code);
        var worker = Assert.Single(JsonDocument.Parse(_org.Out.ToString()).RootElement.GetProperty("services").EnumerateArray());
        Assert.Equal("worker", worker.GetProperty("service").GetString());
        Assert.Equal("stop", worker.GetProperty("action").GetString());
        Assert.Equal(1, _org.Member1East.Service("worker").DesiredCount);
    }

    [Fact]
    public async Task KeepRunning_Account_TagsTheServiceInTheMemberAccountOnly()
    {
        var code = await _org.RunAsync("keep-running", "app/api", "--for", "2h", "--account", SimulatedMembers.Account1, "--region", "eu-west-1");

        Assert.Equal(0, code);
        Assert.Equal("2026-11-23T21:30Z", _org.Member1West.Service("api").Tags["keep-running"]);
        Assert.False(_org.Member1East.Service("worker").Tags.ContainsKey("keep-running"));

        var release = await _org.RunAsync("release", "app/api", "--account", SimulatedMembers.Account1, "--region", "eu-west-1");

        Assert.Equal(0, release);
        Assert.False(_org.Member1West.Service("api").Tags.ContainsKey("keep-running"));
    }

    [Fact]
    public async Task StatusAll_OneLinePerAccountRegion_TheRefusedOneWithItsReasonAndTheOthersCounted()
    {
        _org.At(new DateTimeOffset(2026, 11, 23, 20, 1, 0, TimeSpan.Zero));
        await _org.RunSchedulerAsync(_org.Member1West, SimulatedMembers.Account1);

        var code = await _org.RunAsync("status", "--all");

        Assert.Equal(1, code);
        var lines = _org.Out.ToString().Split('\n');
        Assert.Single(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^111111111111\s+eu-west-1\s+2\s+0\s+2\s+0\s+0\s*$"));
        Assert.Single(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^111111111111\s+us-east-1\s+1\s+1\s+0\s+0\s+0\s*$"));
        Assert.Single(lines, l => l.StartsWith("222222222222", StringComparison.Ordinal) && l.Contains("eu-west-1", StringComparison.Ordinal)
            && l.Contains("AccessDenied", StringComparison.Ordinal));
        Assert.Contains("3 account-region(s), 3 managed service(s), 1 could not be read.", _org.Out.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, _org.Roles.Calls.Count);
    }

    [Fact]
    public async Task StatusAll_Json_GivesCountsOrTheProblemPerAccountRegion()
    {
        var code = await _org.RunAsync("status", "--all", "--json");

        Assert.Equal(1, code);
        var targets = JsonDocument.Parse(_org.Out.ToString()).RootElement.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(["111111111111/eu-west-1", "111111111111/us-east-1", "222222222222/eu-west-1"],
            targets.Select(t => $"{t.GetProperty("account").GetString()}/{t.GetProperty("region").GetString()}"));
        Assert.Equal(2, targets[0].GetProperty("managed").GetInt32());
        Assert.Equal(JsonValueKind.Null, targets[2].GetProperty("managed").ValueKind);
        Assert.StartsWith("cannot assume arn:aws:iam::222222222222:role/costops-member (AccessDenied", targets[2].GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusAll_NoTargetsInTheTfvarsFile_ExitsTwoSayingSo()
    {
        var code = await _org.RunAsync("status", "--all", "--tfvars", "terraform/deploy/other.tfvars");

        Assert.Equal(2, code);
        Assert.Contains("sets no targets", _org.Error.ToString(), StringComparison.Ordinal);
    }
}
