using System.Text.Json;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Invoke;

public sealed class InvokeCommandTests : IDisposable
{
    private readonly SimulatedFleet _fleet = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("costops-invoke-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Invoke_SchedulerDryRunOnTheSimulatorAfterTheEveningBoundary_ListsTheServicesToStop()
    {
        _fleet.At(SimulatedFleet.Start.AddHours(1));

        var code = await _fleet.RunAsync("invoke", "scheduler", "--event", Event("""{"command":"run","dryRun":true}"""), "--simulator", "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(_fleet.Out.ToString()).RootElement;
        Assert.True(root.GetProperty("succeeded").GetBoolean());
        var result = root.GetProperty("result");
        Assert.True(result.GetProperty("dryRun").GetBoolean());
        var actions = result.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("serviceName").GetString()!, s => s.GetProperty("action").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["api"] = "Stop", ["batch"] = "None", ["web"] = "Stop" }, actions);
        Assert.Contains(root.GetProperty("logs").EnumerateArray(), l => l.TryGetProperty("event", out var e) && e.GetString() == "invocation.completed");
    }

    [Fact]
    public async Task Invoke_SchedulerDryRunInOfficeHours_StopsNothing()
    {
        var code = await _fleet.RunAsync("invoke", "scheduler", "--event", Event("""{"command":"run","dryRun":true}"""), "--simulator", "--json");

        Assert.Equal(0, code);
        var result = JsonDocument.Parse(_fleet.Out.ToString()).RootElement.GetProperty("result");
        Assert.Equal(0, result.GetProperty("stopped").GetInt32());
        Assert.Equal(3, result.GetProperty("services").GetArrayLength());
    }

    [Fact]
    public async Task Invoke_PlainOutput_PrintsTheLogLinesAndTheResult()
    {
        var code = await _fleet.RunAsync("invoke", "scheduler", "--event", Event("""{"command":"run","dryRun":true}"""), "--simulator");

        Assert.Equal(0, code);
        var text = _fleet.Out.ToString();
        Assert.Contains("costops invoke scheduler on the simulated account (eu-west-1): succeeded", text, StringComparison.Ordinal);
        Assert.Contains("\"event\":\"scheduler.summary\"", text, StringComparison.Ordinal);
        Assert.Contains("\"serviceName\": \"api\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_CostReportPreviewFromStandardInput_RendersTheReportAndSendsNothing()
    {
        _fleet.Input = """{"command":"report","preview":true}""";

        var code = await _fleet.RunAsync("invoke", "cost_report", "--event", "-", "--simulator", "--json");

        Assert.Equal(0, code);
        var result = JsonDocument.Parse(_fleet.Out.ToString()).RootElement.GetProperty("result");
        Assert.True(result.GetProperty("preview").GetBoolean());
        Assert.False(result.GetProperty("sent").GetBoolean());
        Assert.StartsWith("CostOps weekly:", result.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains("dev-monthly", result.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_MalformedEvent_ExitsOneAndPrintsTheError()
    {
        var code = await _fleet.RunAsync("invoke", "scheduler", "--event", Event("""{"command":"""), "--simulator");

        Assert.Equal(1, code);
        Assert.Contains("costops: scheduler failed: Invalid input", _fleet.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"event\":\"invocation.rejected\"", _fleet.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_UnknownCommandInTheEvent_ExitsOneNamingTheField()
    {
        var code = await _fleet.RunAsync("invoke", "budget-alerts", "--event", Event("""{"command":"explode"}"""), "--simulator", "--json");

        Assert.Equal(1, code);
        var root = JsonDocument.Parse(_fleet.Out.ToString()).RootElement;
        Assert.False(root.GetProperty("succeeded").GetBoolean());
        Assert.Contains("command", root.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_UnknownFunction_ExitsTwo()
    {
        var code = await _fleet.RunAsync("invoke", "reporter", "--event", Event("{}"), "--simulator");

        Assert.Equal(2, code);
        Assert.Contains("FUNCTION 'reporter': not a CostOps function", _fleet.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_MissingEventFile_ExitsTwo()
    {
        var code = await _fleet.RunAsync("invoke", "scheduler", "--event", Path.Combine(_directory, "missing.json"));

        Assert.Equal(2, code);
        Assert.Contains("missing.json: no such file", _fleet.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_AgainstTheAccount_ReadsTheConfigurationFromTheEnvironment()
    {
        _fleet.At(SimulatedFleet.Start.AddHours(1));
        _fleet.Environment["COSTOPS_TABLE"] = "costops-state";

        var code = await _fleet.RunAsync("invoke", "scheduler", "--event", Event("""{"command":"run","dryRun":true}"""), "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(_fleet.Out.ToString()).RootElement;
        Assert.Equal("the account (eu-west-1)", root.GetProperty("target").GetString());
        Assert.Equal(2, root.GetProperty("result").GetProperty("stopped").GetInt32());
        Assert.Equal(2, _fleet.Account.Services.Single(s => s.Name == "api").DesiredCount);
    }

    [Fact]
    public async Task Invoke_AgainstTheAccountWithoutTheTable_ExitsOneNamingTheVariable()
    {
        var code = await _fleet.RunAsync("invoke", "scheduler", "--event", Event("""{"command":"run","dryRun":true}"""));

        Assert.Equal(1, code);
        Assert.Contains("COSTOPS_TABLE is not set", _fleet.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_AgainstTheAccountWithBadConfiguration_ExitsOneNamingTheVariable()
    {
        _fleet.Environment["COSTOPS_TABLE"] = "costops-state";
        _fleet.Environment["COSTOPS_SCHEDULES"] = "{not json";

        var code = await _fleet.RunAsync("invoke", "scheduler", "--event", Event("""{"command":"run","dryRun":true}"""));

        Assert.Equal(1, code);
        Assert.Contains("COSTOPS_SCHEDULES", _fleet.Error.ToString(), StringComparison.Ordinal);
    }

    private string Event(string json)
    {
        var path = Path.Combine(_directory, $"event-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
