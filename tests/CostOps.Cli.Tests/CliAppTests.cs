using System.Text;
using CostOps.Aws.Ecs;
using CostOps.Aws.Lambda;
using CostOps.Cli.Aws;
using CostOps.Cli.Tests.Fakes;
using Moq;

namespace CostOps.Cli.Tests;

public sealed class CliAppTests : IDisposable
{
    private readonly TempRepository _repo = new();
    private readonly TestHost _host;

    public CliAppTests() => _host = new TestHost(_repo);

    [Theory]
    [InlineData("preflight")]
    [InlineData("self-check")]
    [InlineData("build-info")]
    [InlineData("plan")]
    [InlineData("status")]
    [InlineData("keep-running")]
    [InlineData("release")]
    [InlineData("inventory")]
    [InlineData("simulate")]
    [InlineData("invoke")]
    public async Task RunAsync_CommandHelp_ExitsZeroWithAnExample(string command)
    {
        var code = await _host.RunAsync(command, "--help");

        Assert.Equal(0, code);
        Assert.Contains("Example:", _host.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains($"costops {command}", _host.Out.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deploy")]
    [InlineData("preflight", "--bogus")]
    [InlineData("plan", "--bogus")]
    [InlineData("status", "extra")]
    [InlineData("keep-running")]
    [InlineData("release", "dev/a", "dev/b")]
    [InlineData("simulate")]
    [InlineData("simulate", "--fleet", "f.json", "--days", "many")]
    [InlineData("invoke", "scheduler")]
    [InlineData("invoke", "--event", "e.json")]
    public async Task RunAsync_UnknownCommandOrOption_ExitsTwoPointingToHelp(params string[] args)
    {
        var code = await _host.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("Run costops --help", _host.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoCommand_ExitsTwo()
    {
        Assert.Equal(2, await _host.RunAsync());
    }

    [Fact]
    public async Task Preflight_UnknownCheckName_ExitsTwoListingTheChecks()
    {
        var code = await _host.RunAsync("preflight", "--only", "regions");

        Assert.Equal(2, code);
        Assert.Contains("unknown check regions: the checks are terraform, dotnet, tfvars, region, credentials, clusters, targets, email, build", _host.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_EverythingReady_ExitsZeroWithPlainOutput()
    {
        ReadyToDeploy();

        var code = await _host.RunAsync("preflight");

        Assert.Equal(0, code);
        var text = _host.Out.ToString();
        Assert.Contains("Pre-flight passed (9 checks).", text, StringComparison.Ordinal);
        Assert.Contains("  ok    clusters     dev, staging active in eu-west-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_RegionMismatch_ExitsOneAndChangesNothing()
    {
        ReadyToDeploy();
        _host.Environment["AWS_REGION"] = "us-east-1";

        var code = await _host.RunAsync("preflight");

        Assert.Equal(1, code);
        Assert.Contains("  FAIL  region       the region differs: terraform/deploy/terraform.tfvars says eu-west-1 but AWS_REGION says us-east-1", _host.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("Pre-flight FAILED: 1 of 9 checks. Nothing was changed", _host.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_OnATerminal_ColoursUnlessNoColor()
    {
        ReadyToDeploy();
        _host.OutputRedirected = false;

        await _host.RunAsync("preflight", "--only", "email");
        var coloured = _host.Out.ToString();
        _host.Out.GetStringBuilder().Clear();
        _host.Environment["NO_COLOR"] = "1";
        await _host.RunAsync("preflight", "--only", "email");

        Assert.Contains("\u001b[32mok  \u001b[0m", coloured, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", _host.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfCheck_NamesFromTerraformOutput_InvokesThemInTheTfvarsRegion()
    {
        _repo.WithValidTfvars("eu-west-1");
        _host.Processes.Answer("terraform -chdir=terraform/deploy output -json", """
            {"scheduler_function_name":{"type":"string","value":"costops-scheduler"},
             "cost_report_function_name":{"type":"string","value":"costops-cost-report"},
             "topic_arn":{"type":"string","value":"arn:aws:sns:eu-west-1:123456789012:costops"},
             "dashboard_url":{"type":"string","value":"https://eu-west-1.console.aws.amazon.com/cloudwatch/home#dashboards/dashboard/costops"}}
            """);
        AnswerLambda("costops-scheduler", """{"dryRun":true,"services":[]}""");
        AnswerLambda("costops-cost-report", """{"week":"2026-W46","preview":true,"subject":"s","text":"t","costExplorerRequests":3,"costExplorerCostUsd":0.03}""");

        var code = await _host.RunAsync("self-check");

        Assert.Equal(0, code);
        _host.Aws.Verify(a => a.Lambda("eu-west-1"));
        Assert.Contains("AWS sent \"AWS Notification - Subscription Confirmation\" to ops@example.com (topic arn:aws:sns:eu-west-1:123456789012:costops).", _host.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("Dashboard: https://eu-west-1.console.aws.amazon.com/cloudwatch/home#dashboards/dashboard/costops", _host.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfCheck_FunctionFails_ExitsOne()
    {
        AnswerLambda("s", """{"errorMessage":"boom"}""", "Unhandled");
        AnswerLambda("r", """{"preview":true,"week":"2026-W46"}""");

        var code = await _host.RunAsync("self-check", "--scheduler", "s", "--report", "r", "--region", "eu-west-1");

        Assert.Equal(1, code);
        Assert.Contains("/aws/lambda/s", _host.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfCheck_NoRegionAnywhere_ExitsTwoSayingWhereToSetIt()
    {
        var code = await _host.RunAsync("self-check", "--scheduler", "s", "--report", "r");

        Assert.Equal(2, code);
        Assert.Contains("no region to call: pass --region", _host.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfCheck_NoTerraformAndNoNames_ExitsOneSayingToPassThem()
    {
        var code = await _host.RunAsync("self-check", "--region", "eu-west-1");

        Assert.Equal(1, code);
        Assert.Contains("terraform is not on PATH, so the deployed function names cannot be read: pass --scheduler and --report", _host.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildInfo_ZipsPresent_WritesTheRecordTheBuildCheckReads()
    {
        _repo.WithZips();
        _host.Processes.Git(Commits.Head);

        var code = await _host.RunAsync("build-info");
        var check = await _host.RunAsync("preflight", "--only", "build");

        Assert.Equal((0, 0), (code, check));
        Assert.Contains("Wrote dist/build-info.json: 2 zips from 4f2c9a1e8b7d.", _host.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildInfo_ZipMissing_ExitsOne()
    {
        _host.Processes.Git(Commits.Head);

        Assert.Equal(1, await _host.RunAsync("build-info"));
        Assert.Contains("scheduler.zip is missing", _host.Error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _repo.Dispose();

    private void ReadyToDeploy()
    {
        _repo.WithValidTfvars("eu-west-1").WithAwsConfig("[default]\nregion = eu-west-1\n").WithZips().WithBuildInfo();
        _host.Processes.ReadyToDeploy();
        _host.Sts.Setup(s => s.GetCallerIdentityAsync("eu-west-1", It.IsAny<CancellationToken>())).ReturnsAsync(new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/ops"));
        _host.Ecs.Setup(e => e.DescribeClustersAsync(It.IsAny<DescribeClustersRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DescribeClustersResponse { Clusters = [new Cluster { ClusterName = "dev", Status = "ACTIVE" }, new Cluster { ClusterName = "staging", Status = "ACTIVE" }] });
    }

    private void AnswerLambda(string function, string payload, string? functionError = null) =>
        _host.Lambda.Setup(l => l.InvokeAndWaitAsync(It.Is<InvokeRequest>(r => r.FunctionName == function), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new InvokeResponse { StatusCode = 200, Payload = Encoding.UTF8.GetBytes(payload), FunctionError = functionError });
}
