using System.Text.Json;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Fleet;

public sealed class StatusCommandTests
{
    private readonly SimulatedFleet _fleet = new();

    [Fact]
    public async Task Status_AfterTheSchedulerStoppedTheFleet_ShowsStoppedWithTheSavedCapacityAndTheMorningStart()
    {
        _fleet.At(new DateTimeOffset(2026, 11, 23, 20, 1, 0, TimeSpan.Zero));
        var run = await _fleet.RunSchedulerAsync();
        Assert.Equal(2, run.Stopped);

        var code = await _fleet.RunAsync("status", "--json");

        Assert.Equal(0, code);
        var api = PlanCommandTests.Service(_fleet.Out.ToString(), "api");
        Assert.Equal("stopped", api.GetProperty("state").GetString());
        Assert.Equal(0, api.GetProperty("desiredCount").GetInt32());
        Assert.Equal(2, api.GetProperty("saved").GetProperty("desiredCount").GetInt32());
        Assert.Equal(2, api.GetProperty("saved").GetProperty("min").GetInt32());
        Assert.Equal(4, api.GetProperty("saved").GetProperty("max").GetInt32());
        Assert.Equal("2026-11-24T08:00Z", api.GetProperty("nextChange").GetString());
        Assert.DoesNotContain(JsonDocument.Parse(_fleet.Out.ToString()).RootElement.GetProperty("services").EnumerateArray(),
            s => s.GetProperty("service").GetString() == "batch");
    }

    [Fact]
    public async Task Status_Text_AlignsOneLinePerManagedService()
    {
        _fleet.At(new DateTimeOffset(2026, 11, 23, 20, 1, 0, TimeSpan.Zero));
        await _fleet.RunSchedulerAsync();

        var code = await _fleet.RunAsync("status");

        Assert.Equal(0, code);
        var text = _fleet.Out.ToString();
        Assert.Matches(@"dev/api\s+stopped\s+0/0\s+2 \(2\.\.4\)\s+-\s+-\s+2026-11-24T08:00Z", text);
        Assert.Matches(@"dev/web\s+stopped\s+0/0\s+1\s+", text);
        Assert.Contains("2 managed service(s).", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_BeforeAnyRun_ShowsServicesAsUnseen()
    {
        var code = await _fleet.RunAsync("status", "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(_fleet.Out.ToString()).RootElement;
        Assert.Equal(["at", "region", "table", "services", "warnings"], root.EnumerateObject().Select(p => p.Name));
        var web = PlanCommandTests.Service(_fleet.Out.ToString(), "web");
        Assert.Equal("unseen", web.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, web.GetProperty("saved").ValueKind);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("status")]
    public async Task FleetCommand_NoTable_ExitsOneSayingToDeployOrPassTable(string command)
    {
        var handler = new AnsweringHandler(_fleet.Handler, AnsweringHandler.IsDynamoDb, System.Net.HttpStatusCode.BadRequest,
            "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "Requested resource not found");
        _fleet.AwsHandlerOverride = handler;
        _fleet.Environment["COSTOPS_TABLE"] = "costops-prod";

        var code = await RunWithDynamoAsync(command);

        Assert.Equal(1, code);
        Assert.Contains("no CostOps table named costops-prod in eu-west-1: deploy first (make deploy), or pass --table", _fleet.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("status")]
    public async Task FleetCommand_CredentialsRejected_ExitsOneSayingWhatToCheck(string command)
    {
        _fleet.AwsHandlerOverride = new AnsweringHandler(_fleet.Handler, _ => true, System.Net.HttpStatusCode.BadRequest,
            "UnrecognizedClientException", "The security token included in the request is invalid.");

        var code = await _fleet.RunAsync(command);

        Assert.Equal(1, code);
        var error = _fleet.Error.ToString();
        Assert.Contains("AWS rejected the credentials (UnrecognizedClientException: The security token included in the request is invalid.)", error, StringComparison.Ordinal);
        Assert.Contains("--profile", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FleetCommand_NoRegionAnywhere_ExitsTwoSayingWhereToSetOne()
    {
        _fleet.Environment.Remove("AWS_REGION");
        _fleet.Environment["AWS_CONFIG_FILE"] = Path.Combine(Path.GetTempPath(), "costops-no-such-config");

        var code = await _fleet.RunAsync("status");

        Assert.Equal(2, code);
        Assert.Contains("no region: pass --region, export AWS_REGION, or set region for profile default in ", _fleet.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FleetCommand_RegionFromTheProfile_IsUsedLikeTheAwsCli()
    {
        var config = Path.Combine(Path.GetTempPath(), $"costops-config-{Guid.NewGuid():N}");
        File.WriteAllText(config, "[profile ops]\nregion = eu-west-1\n");
        _fleet.Environment.Remove("AWS_REGION");
        _fleet.Environment["AWS_CONFIG_FILE"] = config;

        try
        {
            var code = await _fleet.RunAsync("status", "--profile", "ops", "--json");

            Assert.Equal(0, code);
            Assert.Equal("eu-west-1", System.Text.Json.JsonDocument.Parse(_fleet.Out.ToString()).RootElement.GetProperty("region").GetString());
        }
        finally
        {
            File.Delete(config);
        }
    }

    private async Task<int> RunWithDynamoAsync(string command)
    {
        _fleet.UseDynamoDb = true;
        return await _fleet.RunAsync(command);
    }
}
