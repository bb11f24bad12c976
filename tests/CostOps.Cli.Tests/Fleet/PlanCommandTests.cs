using System.Text.Json;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Fleet;

public sealed class PlanCommandTests
{
    private readonly SimulatedFleet _fleet = new();

    [Fact]
    public async Task Plan_BeforeTheEveningBoundary_ChangesNothingAndNamesTheNextChange()
    {
        var code = await _fleet.RunAsync("plan", "--json");

        Assert.Equal(0, code);
        var api = Service(_fleet.Out.ToString(), "api");
        Assert.Equal("none", api.GetProperty("action").GetString());
        Assert.Equal("running", api.GetProperty("desired").GetString());
        Assert.Equal("2026-11-23T20:00Z", api.GetProperty("nextChange").GetString());
        Assert.Equal(2, _fleet.Account.Service("api").DesiredCount);
    }

    [Fact]
    public async Task Plan_AtATimeAfterTheBoundary_WouldStopTheScheduledServicesOnly()
    {
        var code = await _fleet.RunAsync("plan", "--at", "2026-11-23T20:30Z", "--json");

        Assert.Equal(0, code);
        var json = _fleet.Out.ToString();
        Assert.Equal("stop", Service(json, "api").GetProperty("action").GetString());
        Assert.Equal("stop", Service(json, "web").GetProperty("action").GetString());
        Assert.NotEqual("stop", Service(json, "batch").GetProperty("action").GetString());
        Assert.Equal("2026-11-24T08:00Z", Service(json, "api").GetProperty("nextChange").GetString());
        Assert.Equal(2, JsonDocument.Parse(json).RootElement.GetProperty("counts").GetProperty("stop").GetInt32());
        Assert.Equal(2, _fleet.Account.Service("api").DesiredCount);
    }

    [Fact]
    public async Task Plan_Text_ListsEachServiceWithActionAndReason()
    {
        var code = await _fleet.RunAsync("plan", "--at", "2026-11-23T20:30+00:00");

        Assert.Equal(0, code);
        var text = _fleet.Out.ToString();
        Assert.Contains("CostOps plan at 2026-11-23T20:30Z in eu-west-1 (dry run: nothing changed)", text, StringComparison.Ordinal);
        Assert.Matches(@"dev/api\s+stop\s+stopped\s+2/2\s+2026-11-24T08:00Z\s+\S", text);
        Assert.Contains("3 service(s): ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_JsonShape_HasTheDocumentedFields()
    {
        await _fleet.RunAsync("plan", "--json");

        var root = JsonDocument.Parse(_fleet.Out.ToString()).RootElement;
        Assert.Equal(["at", "region", "services", "counts", "runError", "warnings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["cluster", "service", "action", "reason", "desired", "schedule", "desiredCount", "runningCount", "override", "overrideUntil", "nextChange", "error"],
            root.GetProperty("services")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["none", "stop", "start", "skip", "defer", "fail", "drift"], root.GetProperty("counts").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("2026-11-23T20:30")]
    [InlineData("tonight")]
    public async Task Plan_AtWithoutOffset_ExitsTwoNamingTheFormat(string at)
    {
        var code = await _fleet.RunAsync("plan", "--at", at);

        Assert.Equal(2, code);
        Assert.Contains($"--at '{at}' is not a date-time with an offset", _fleet.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_NoClustersConfigured_ExitsTwoSayingHowToNameThem()
    {
        _fleet.Environment.Remove("COSTOPS_CLUSTERS");

        var code = await _fleet.RunAsync("plan");

        Assert.Equal(2, code);
        Assert.Contains("pass --cluster NAME", _fleet.Error.ToString(), StringComparison.Ordinal);
    }

    internal static JsonElement Service(string json, string name) =>
        JsonDocument.Parse(json).RootElement.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("service").GetString() == name);
}
