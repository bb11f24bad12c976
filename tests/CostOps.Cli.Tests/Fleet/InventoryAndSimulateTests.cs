using System.Text.Json;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Fleet;

public sealed class InventoryAndSimulateTests : IDisposable
{
    private readonly SimulatedFleet _fleet = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("costops-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Inventory_DescribesEachServiceWithSizeScalingAndTags()
    {
        var code = await _fleet.RunAsync("inventory");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(_fleet.Out.ToString()).RootElement;
        Assert.Equal(["format", "region", "services"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("costops-fleet/1", root.GetProperty("format").GetString());
        Assert.Equal("eu-west-1", root.GetProperty("region").GetString());
        var api = PlanCommandTests.Service(_fleet.Out.ToString(), "api");
        Assert.Equal(
            ["cluster", "service", "desiredCount", "vcpu", "memoryGb", "architecture", "launchType", "capacityProviders", "scaling", "tags"],
            api.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.25m, api.GetProperty("vcpu").GetDecimal());
        Assert.Equal(0.5m, api.GetProperty("memoryGb").GetDecimal());
        Assert.Equal(2, api.GetProperty("scaling").GetProperty("min").GetInt32());
        Assert.Equal(4, api.GetProperty("scaling").GetProperty("max").GetInt32());
        Assert.Equal("none", PlanCommandTests.Service(_fleet.Out.ToString(), "batch").GetProperty("tags").GetProperty("costops:schedule").GetString());
    }

    /// <summary>
    /// By hand: a 0.25 vCPU / 0.5 GB x86 task in us-east-1 costs 0.25 x 0.04048 + 0.5 x 0.004445 = $0.0123425 an hour.
    /// Two tasks for 7 days 24/7: 336 task-hours = $4.147. On mon-fri 08:00-20:00 from Monday: 120 task-hours = $1.481;
    /// on Spot (30 % of on-demand): $0.444. One more task off-cluster-spot: 168 / 60 task-hours = $2.07 / $0.74.
    /// </summary>
    [Fact]
    public async Task Simulate_SmallFleetForAWeek_MatchesTheHandCheckedTotals()
    {
        var path = WriteFleet();

        var code = await _fleet.RunAsync("simulate", "--fleet", path, "--schedule", "mon-fri 08:00-20:00 UTC", "--spot", "dev", "--days", "7", "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(_fleet.Out.ToString()).RootElement;
        Assert.Equal("2026-11-23T00:00Z", root.GetProperty("from").GetString());
        var api = root.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("service").GetString() == "api");
        Assert.Equal(336m, api.GetProperty("alwaysOnTaskHours").GetDecimal());
        Assert.Equal(120m, api.GetProperty("scheduledTaskHours").GetDecimal());
        Assert.Equal(4.15m, api.GetProperty("alwaysOn").GetDecimal());
        Assert.Equal(1.48m, api.GetProperty("scheduled").GetDecimal());
        Assert.Equal(0.44m, api.GetProperty("scheduledWithSpot").GetDecimal());
        var total = root.GetProperty("total");
        Assert.Equal(4.15m + 2.07m, total.GetProperty("alwaysOn").GetDecimal());
        Assert.Equal(1.48m + 0.74m, total.GetProperty("scheduled").GetDecimal());
        Assert.Equal(0.44m + 0.74m, total.GetProperty("scheduledWithSpot").GetDecimal());
        Assert.Equal(6.22m - 2.22m, total.GetProperty("saved").GetDecimal());
    }

    [Fact]
    public async Task Simulate_Text_PrintsOneRowPerServiceAndTheTotal()
    {
        var path = WriteFleet();

        var code = await _fleet.RunAsync("simulate", "--fleet", path, "--schedule", "mon-fri 08:00-20:00 UTC", "--spot", "dev", "--days", "7");

        Assert.Equal(0, code);
        var text = _fleet.Out.ToString();
        Assert.Matches(@"dev/api\s+mon-fri 08:00-20:00 UTC\s+120 / 336\s+\$4\.15\s+\$1\.48\s+\$0\.44 \(Spot\)", text);
        Assert.Matches(@"TOTAL\s+\$6\.22\s+\$2\.22\s+\$1\.18", text);
        Assert.Contains("Saved: $4.00 with the schedule, $5.04 with the schedule and Spot.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_ScheduleFlag_LeavesServicesThatOptedOutRunning()
    {
        await _fleet.RunAsync("inventory");
        var path = Path.Combine(_directory, "dev.json");
        File.WriteAllText(path, _fleet.Out.ToString());

        var code = await _fleet.RunAsync("simulate", "--fleet", path, "--schedule", "mon-fri 08:00-20:00 UTC", "--days", "7", "--json");

        Assert.Equal(0, code);
        var batch = PlanCommandTests.Service(_fleet.Out.ToString(), "batch");
        Assert.Equal("none", batch.GetProperty("schedule").GetString());
        Assert.Equal(168m, batch.GetProperty("scheduledTaskHours").GetDecimal());
        Assert.Equal(60m, PlanCommandTests.Service(_fleet.Out.ToString(), "web").GetProperty("scheduledTaskHours").GetDecimal());
    }

    [Theory]
    [InlineData("missing.json", "missing.json: no such file", 2)]
    [InlineData("bad.json", "is not a fleet file", 1)]
    public async Task Simulate_NoOrBadFleetFile_SaysHowToWriteOne(string name, string message, int exitCode)
    {
        File.WriteAllText(Path.Combine(_directory, "bad.json"), "{\"format\":\"costops-fleet/1\",");

        var code = await _fleet.RunAsync("simulate", "--fleet", Path.Combine(_directory, name));

        Assert.Equal(exitCode, code);
        Assert.Contains(message, _fleet.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("costops inventory >", _fleet.Error.ToString(), StringComparison.Ordinal);
    }

    private string WriteFleet()
    {
        const string Fleet = """
            {"format":"costops-fleet/1","region":"us-east-1","services":[
              {"cluster":"dev","service":"api","desiredCount":2,"vcpu":0.25,"memoryGb":0.5,"architecture":"X86_64","launchType":"FARGATE","capacityProviders":[],"scaling":{"min":2,"max":4},"tags":{"keep-running":"2099-01-01T00:00Z"}},
              {"cluster":"prod","service":"web","desiredCount":1,"vcpu":0.25,"memoryGb":0.5,"architecture":"X86_64","launchType":"FARGATE","capacityProviders":[],"scaling":null,"tags":{}}
            ]}
            """;
        var path = Path.Combine(_directory, "fleet.json");
        File.WriteAllText(path, Fleet);
        return path;
    }
}
