using System.Text.Json;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Fleet;

public sealed class OverrideCommandsTests
{
    private static readonly DateTimeOffset AfterHours = new(2026, 11, 23, 20, 1, 30, TimeSpan.Zero);

    private readonly SimulatedFleet _fleet = new();

    [Fact]
    public async Task KeepRunningThenRelease_OnAStoppedService_StartsAndStopsItOnTheNextRuns()
    {
        _fleet.At(AfterHours);
        await _fleet.RunSchedulerAsync();
        Assert.Equal(0, _fleet.Account.Service("api").DesiredCount);

        var code = await _fleet.RunAsync("keep-running", "dev/api", "--for", "3h");

        Assert.Equal(0, code);
        Assert.Equal("2026-11-23T23:02Z", _fleet.Account.Service("api").Tags["keep-running"]);
        Assert.Contains("dev/api is kept running until 2026-11-23T23:02Z. It is stopped now: the scheduler's next run", _fleet.Out.ToString(), StringComparison.Ordinal);
        var started = await _fleet.RunSchedulerAsync();
        Assert.Equal(1, started.Started);
        Assert.Equal(2, _fleet.Account.Service("api").DesiredCount);

        code = await _fleet.RunAsync("release", "dev/api");

        Assert.Equal(0, code);
        Assert.DoesNotContain("keep-running", _fleet.Account.Service("api").Tags.Keys);
        Assert.Contains("Released dev/api: the keep-running tag is removed. Its schedule says stopped now: the scheduler's next run", _fleet.Out.ToString(), StringComparison.Ordinal);
        var stopped = await _fleet.RunSchedulerAsync();
        Assert.Equal(1, stopped.Stopped);
        Assert.Equal(0, _fleet.Account.Service("api").DesiredCount);
    }

    [Fact]
    public async Task KeepRunning_UntilOnARunningService_JsonSaysItStaysUpAndWhenTheScheduleResumes()
    {
        var code = await _fleet.RunAsync("keep-running", "dev/web", "--until", "2026-11-23T23:00+01:00", "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(_fleet.Out.ToString()).RootElement;
        Assert.Equal(
            ["command", "cluster", "service", "serviceArn", "keepRunningUntil", "desiredCount", "runningCount", "wanted", "changeAt", "message"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-11-23T22:00Z", root.GetProperty("keepRunningUntil").GetString());
        Assert.Equal("running", root.GetProperty("wanted").GetString());
        Assert.Equal("2026-11-23T22:00Z", root.GetProperty("changeAt").GetString());
        Assert.Equal("2026-11-23T22:00Z", _fleet.Account.Service("web").Tags["keep-running"]);
    }

    [Fact]
    public async Task Release_WithoutATag_SaysSoAndChangesNothing()
    {
        var code = await _fleet.RunAsync("release", "dev/web");

        Assert.Equal(0, code);
        Assert.Contains("dev/web has no keep-running tag: nothing to release. It follows its schedule (office-hours) again; next change at 2026-11-23T20:00Z.", _fleet.Out.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keep-running", "dev/apii", "--for", "1h")]
    [InlineData("release", "dev/apii")]
    public async Task Override_UnknownService_ExitsOneNamingItAndHowToList(params string[] args)
    {
        var code = await _fleet.RunAsync(args);

        Assert.Equal(1, code);
        Assert.Contains("no service apii in cluster dev in eu-west-1: check the name (aws ecs list-services --cluster dev --region eu-west-1)", _fleet.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("keep-running", _fleet.Account.Service("api").Tags.Keys);
    }

    [Fact]
    public async Task Override_UnknownCluster_ExitsOneNamingIt()
    {
        var code = await _fleet.RunAsync("keep-running", "prod/api", "--for", "1h");

        Assert.Equal(1, code);
        Assert.Contains("no cluster prod in eu-west-1", _fleet.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'api' is not CLUSTER/SERVICE", "keep-running", "api", "--for", "1h")]
    [InlineData("pass either --for DURATION", "keep-running", "dev/api")]
    [InlineData("pass either --for DURATION", "keep-running", "dev/api", "--for", "1h", "--until", "2026-11-24T22:00Z")]
    [InlineData("--for 'soon' is not a duration", "keep-running", "dev/api", "--for", "soon")]
    [InlineData("--for '31d' is not a duration", "keep-running", "dev/api", "--for", "31d")]
    [InlineData("--until 2026-11-23T19:00Z has passed", "keep-running", "dev/api", "--until", "2026-11-23T19:00Z")]
    [InlineData("'dev/api/x' is not CLUSTER/SERVICE", "release", "dev/api/x")]
    public async Task Override_BadArguments_ExitTwoWithTheProblem(string message, params string[] args)
    {
        var code = await _fleet.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains(message, _fleet.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, _fleet.Handler.Calls("TagResource"));
    }
}
