using System.Net;
using System.Text;
using CostOps.Aws.Http;
using CostOps.Aws.Lambda;
using CostOps.Cli.Output;
using CostOps.Cli.SelfCheck;
using Moq;

namespace CostOps.Cli.Tests.SelfCheck;

public sealed class SelfCheckRunnerTests
{
    private const string DryRunAnswer = """
        {"startedAt":"2026-11-16T21:00:00+00:00","finishedAt":"2026-11-16T21:00:02+00:00","dryRun":true,
         "services":[{"clusterName":"dev","serviceName":"web","serviceArn":"arn:s/dev/web","action":"Stop","reason":"outside office-hours (Mon-Fri 08:00-19:00 Europe/Berlin)"},
                     {"clusterName":"dev","serviceName":"api","serviceArn":"arn:s/dev/api","action":"None","reason":"already stopped"}],
         "stopped":1,"started":0,"skipped":0,"deferred":0,"failed":0,"drifted":0,"unchanged":1,"apiCalls":4,"throttles":0,
         "nextBoundary":"2026-11-17T07:00:00+00:00"}
        """;

    private const string PreviewAnswer = """
        {"week":"2026-W46","preview":true,"sent":false,"subject":"CostOps weekly: $412.50 (-8%)","text":"Spend last week: $412.50\nScheduler saved: $96.10",
         "costExplorerRequests":3,"costExplorerCostUsd":0.03}
        """;

    private static readonly SelfCheckTargets Targets = new("eu-west-1", "costops-scheduler", "costops-cost-report", "arn:aws:sns:eu-west-1:123456789012:costops", ["ops@example.com"]);

    private readonly Mock<ILambdaClient> _lambda = new(MockBehavior.Strict);
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task RunAsync_BothAnswer_PrintsNowNextBoundaryPreviewAndReminder()
    {
        Answer("costops-scheduler", DryRunAnswer);
        Answer("costops-cost-report", PreviewAnswer);

        var ok = await Runner().RunAsync(Targets, default);

        Assert.True(ok);
        var text = _out.ToString();
        Assert.Contains("Now (dry run, nothing was changed): 2 managed service(s); it would stop 1, start 0, leave 1 as they are, defer 0, skip 0, and 0 failed.", text, StringComparison.Ordinal);
        Assert.Contains("  Stop   dev/web: outside office-hours (Mon-Fri 08:00-19:00 Europe/Berlin)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dev/api", text, StringComparison.Ordinal);
        Assert.Contains("Next boundary: 2026-11-17T07:00:00+00:00, when a managed service's schedule next changes", text, StringComparison.Ordinal);
        Assert.Contains("Weekly report preview for 2026-W46 (3 Cost Explorer requests, $0.03; nothing was sent):", text, StringComparison.Ordinal);
        Assert.Contains("  Subject: CostOps weekly: $412.50 (-8%)", text, StringComparison.Ordinal);
        Assert.Contains("  | Scheduler saved: $96.10", text, StringComparison.Ordinal);
        Assert.Contains("to ops@example.com (topic arn:aws:sns:eu-west-1:123456789012:costops)", text, StringComparison.Ordinal);
        Assert.Contains("Self-check passed.", text, StringComparison.Ordinal);
        Assert.Empty(_error.ToString());
    }

    [Fact]
    public async Task RunAsync_Always_SendsDryRunAndPreviewCommandsWithLogTail()
    {
        var payloads = new Dictionary<string, string>();
        _lambda.Setup(l => l.InvokeAndWaitAsync(It.IsAny<InvokeRequest>(), It.IsAny<CancellationToken>()))
            .Callback((InvokeRequest r, CancellationToken _) => payloads[r.FunctionName] = Encoding.UTF8.GetString(r.Payload.Span) + (r.TailLog ? " +tail" : string.Empty))
            .ReturnsAsync((InvokeRequest r, CancellationToken _) => new InvokeResponse { StatusCode = 200, Payload = Encoding.UTF8.GetBytes(r.FunctionName == "costops-scheduler" ? DryRunAnswer : PreviewAnswer) });

        await Runner().RunAsync(Targets, default);

        Assert.Equal("""{"command":"run","dryRun":true} +tail""", payloads["costops-scheduler"]);
        Assert.Equal("""{"command":"report","preview":true} +tail""", payloads["costops-cost-report"]);
    }

    [Fact]
    public async Task RunAsync_SchedulerFails_SaysErrorLogGroupAndLastLogLines()
    {
        var log = "START RequestId: 1\n{\"level\":\"error\",\"event\":\"host.configuration_invalid\",\"message\":\"COSTOPS_CLUSTERS is missing\"}\nEND RequestId: 1\n";
        Answer("costops-scheduler", """{"errorType":"ConfigurationException","errorMessage":"configuration is invalid: COSTOPS_CLUSTERS is missing"}""", "Unhandled", log);
        Answer("costops-cost-report", PreviewAnswer);

        var ok = await Runner().RunAsync(Targets, default);

        Assert.False(ok);
        var errors = _error.ToString();
        Assert.Contains("The scheduler's dry run failed: ConfigurationException: configuration is invalid: COSTOPS_CLUSTERS is missing", errors, StringComparison.Ordinal);
        Assert.Contains("Look at the log group /aws/lambda/costops-scheduler (CloudWatch Logs)", errors, StringComparison.Ordinal);
        Assert.Contains("  {\"level\":\"error\",\"event\":\"host.configuration_invalid\"", errors, StringComparison.Ordinal);
        Assert.Contains("Self-check FAILED", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("Confirm the e-mail subscription", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ReportRanWithoutPreview_FailsSayingItRunsOlderCode()
    {
        Answer("costops-scheduler", DryRunAnswer);
        Answer("costops-cost-report", """{"week":"2026-W46","sent":true,"why":"sent"}""");

        var ok = await Runner().RunAsync(Targets, default);

        Assert.False(ok);
        Assert.Contains("did not render a preview", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FunctionNotFound_SaysToCheckNameAndRegion()
    {
        _lambda.Setup(l => l.InvokeAndWaitAsync(It.Is<InvokeRequest>(r => r.FunctionName == "costops-scheduler"), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsServiceException("Lambda", "Invoke", "ResourceNotFoundException", "Function not found: costops-scheduler", "r-1", HttpStatusCode.NotFound));
        Answer("costops-cost-report", PreviewAnswer);

        var ok = await Runner().RunAsync(Targets, default);

        Assert.False(ok);
        Assert.Contains("could not be started: Lambda answered ResourceNotFoundException: Function not found: costops-scheduler", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Check the function name (costops-scheduler) and the region", _error.ToString(), StringComparison.Ordinal);
    }

    private SelfCheckRunner Runner() => new(_lambda.Object, new CliOutput(_out, _error, color: false));

    private void Answer(string function, string payload, string? functionError = null, string? log = null) =>
        _lambda.Setup(l => l.InvokeAndWaitAsync(It.Is<InvokeRequest>(r => r.FunctionName == function), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new InvokeResponse { StatusCode = 200, Payload = Encoding.UTF8.GetBytes(payload), FunctionError = functionError, LogTail = log });
}
