using CostOps.Cli.Aws;
using CostOps.Cli.Tests.Fakes;
using CostOps.Core.State;
using CostOps.Simulator;
using Moq;

namespace CostOps.Cli.Tests.Fleet;

/// <summary>status --all on a simulated organisation: OU targets resolved through Organizations, roles assumed through its STS.</summary>
public sealed class OrganizationalUnitStatusTests : IDisposable
{
    private const string ExternalId = "3f9a6c1e8d2b47a0";
    private const string Unit = "ou-ab12-cdef3456";

    private readonly TempRepository _repository = new();
    private readonly SimulatedOrganization _org;
    private readonly Dictionary<string, string> _environment;

    public OrganizationalUnitStatusTests()
    {
        _org = new SimulatedOrganization(new SimulatorOptions { Region = "eu-central-1", AccountId = "999999999999" }, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(SimulatedFleet.Start))
        {
            ExternalId = ExternalId,
        };
        foreach (var (account, services) in new[] { ("333333333333", 2), ("444444444444", 1), ("555555555555", 1) })
        {
            var member = _org.AddAccount(account, "eu-west-1");
            member.AddCluster("app");
            var small = member.RegisterTaskDefinition("app-small", 256, 512);
            for (var i = 0; i < services; i++)
            {
                member.AddService("app", $"svc{i}", 1, small);
            }

            member.Sync();
        }

        _org.AddOrganizationalUnit(Unit, "333333333333", "444444444444", "555555555555");
        _org.DenyAssumeRole("555555555555");
        _environment = new Dictionary<string, string>(SimulatedAws.Variables(_org.Hub), StringComparer.Ordinal)
        {
            ["COSTOPS_SCHEDULES"] = SimulatedFleet.Schedules,
        };
    }

    public void Dispose() => _repository.Dispose();

    [Fact]
    public async Task StatusAll_OrganizationalUnit_EveryAccountOfItOnItsLineAndTheRefusedOneWithAwsMessage()
    {
        _repository.WithTfvars($$"""
            region = "eu-central-1"
            targets = {
              external_id = "{{ExternalId}}"
              regions     = ["eu-west-1"]
              targets     = [{ organizational_units = ["{{Unit}}"], clusters = ["app"] }]
            }
            """);

        var (code, output) = await RunAsync("status", "--all");

        Assert.Equal(1, code);
        var lines = output.Split('\n');
        Assert.Single(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^333333333333\s+eu-west-1\s+2\s+2\s+0\s+0\s+0\s*$"));
        Assert.Single(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^444444444444\s+eu-west-1\s+1\s+1\s+0\s+0\s+0\s*$"));
        Assert.Single(lines, l => l.StartsWith("555555555555", StringComparison.Ordinal) && l.Contains("cannot assume arn:aws:iam::555555555555:role/costops-member (AccessDenied: ", StringComparison.Ordinal));
        Assert.True(_org.Calls("ListAccountsForParent") >= 1);
    }

    [Fact]
    public async Task StatusAll_WrongExternalId_EveryAccountSaysAccessDeniedAndWhatToCompare()
    {
        _repository.WithTfvars($$"""
            region = "eu-central-1"
            targets = {
              external_id = "not-the-right-one"
              regions     = ["eu-west-1"]
              targets     = [{ accounts = ["333333333333", "444444444444"], clusters = ["app"] }]
            }
            """);

        var (code, output) = await RunAsync("status", "--all");

        Assert.Equal(1, code);
        Assert.Equal(2, output.Split('\n').Count(l => l.Contains("AccessDenied", StringComparison.Ordinal) && l.Contains("external id", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StatusAll_UnknownOrganizationalUnit_OneLineForItAndTheListedAccountsStillRead()
    {
        _repository.WithTfvars($$"""
            region = "eu-central-1"
            targets = {
              external_id = "{{ExternalId}}"
              regions     = ["eu-west-1"]
              targets = [
                { accounts = ["333333333333"], clusters = ["app"] },
                { organizational_units = ["ou-zz99-nothere1"], clusters = ["app"] },
              ]
            }
            """);

        var (code, output) = await RunAsync("status", "--all");

        Assert.Equal(1, code);
        var lines = output.Split('\n');
        Assert.Single(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^333333333333\s+eu-west-1\s+2\s"));
        Assert.Single(lines, l => l.Contains("ou-zz99-nothere1", StringComparison.Ordinal) && l.Contains("could not be read", StringComparison.Ordinal));
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var aws = new Mock<IAwsClientFactory>(MockBehavior.Strict);
        var hubAccess = new CostOps.Aws.AwsAccess(_environment, _org.Clock, new CostOps.Cli.Fleet.QuietLog(), handler: _org.Handler);
        aws.SetupGet(a => a.Roles).Returns(new SimulatedStsRoleAssumer(hubAccess.Sts));
        aws.SetupGet(a => a.CallerIdentity).Returns(new Mock<ICallerIdentityClient>(MockBehavior.Strict).Object);
        var host = new CliHost(_environment, _repository.Root, _repository.Home, new FakeProcessRunner(), aws.Object, output, new StringWriter(), true)
        {
            Time = _org.Clock,
            AwsHandler = _org.Handler,
            StateStore = new InMemoryStateStore(_org.Clock),
        };
        var code = await CliApp.RunAsync(args, host);
        return (code, output.ToString());
    }
}
