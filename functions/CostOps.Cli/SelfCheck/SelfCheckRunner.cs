using System.Text.Json;
using CostOps.Aws.Http;
using CostOps.Aws.Lambda;
using CostOps.Cli.Output;

namespace CostOps.Cli.SelfCheck;

/// <summary>
/// After a deploy: runs the scheduler as a dry run and the report as a preview (both change and send nothing),
/// prints what they answer, and reminds the user to confirm the e-mail subscription.
/// </summary>
public sealed class SelfCheckRunner(ILambdaClient lambda, CliOutput output)
{
    public static readonly byte[] SchedulerDryRun = """{"command":"run","dryRun":true}"""u8.ToArray();
    public static readonly byte[] ReportPreview = """{"command":"report","preview":true}"""u8.ToArray();

    /// <returns>True when both functions answered as expected.</returns>
    public async Task<bool> RunAsync(SelfCheckTargets targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        output.Heading($"Scheduler {targets.SchedulerFunction} in {targets.Region}: dry run");
        var schedulerOk = await CheckAsync("The scheduler's dry run", targets.SchedulerFunction, SchedulerDryRun, answer =>
        {
            foreach (var line in SchedulerSummaryFormatter.Format(answer))
            {
                output.Line(line);
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);

        output.Line();
        output.Heading($"Report {targets.ReportFunction}: preview");
        var reportOk = await CheckAsync("The report preview", targets.ReportFunction, ReportPreview, answer =>
        {
            var (lines, wasPreview) = ReportPreviewFormatter.Format(answer);
            foreach (var line in lines)
            {
                output.Line(line);
            }

            return wasPreview;
        }, cancellationToken).ConfigureAwait(false);

        output.Line();
        Remind(targets);
        if (targets.DashboardUrl is not null)
        {
            output.Line($"Dashboard: {targets.DashboardUrl}");
        }

        output.Line();
        output.Line(schedulerOk && reportOk
            ? "Self-check passed."
            : "Self-check FAILED: see the messages above; after fixing, run make self-check (it changes and sends nothing).");
        return schedulerOk && reportOk;
    }

    private async Task<bool> CheckAsync(string what, string function, byte[] payload, Func<JsonElement, bool> show, CancellationToken cancellationToken)
    {
        InvokeResponse response;
        try
        {
            response = await lambda.InvokeAndWaitAsync(new InvokeRequest { FunctionName = function, Payload = payload, TailLog = true }, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException ex)
        {
            output.Problem($"{what} could not be started: Lambda answered {ex.ErrorCode}: {ex.ErrorMessage}");
            output.Problem(ex.ErrorCode == "ResourceNotFoundException"
                ? $"Check the function name ({function}) and the region: terraform output shows what was deployed."
                : "Check that your credentials may call lambda:InvokeFunction on it, and the region.");
            return false;
        }

        if (response.FunctionError is not null)
        {
            foreach (var line in FunctionFailure.Describe(what, function, response))
            {
                output.Problem(line);
            }

            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(response.Payload);
            return show(document.RootElement);
        }
        catch (JsonException ex)
        {
            output.Problem($"{what} answered something that is not JSON ({ex.Message}): look at the log group {FunctionFailure.LogGroup(function)}.");
            return false;
        }
    }

    private void Remind(SelfCheckTargets targets)
    {
        var who = targets.Emails.Count > 0 ? string.Join(", ", targets.Emails) : "each address in notification_emails";
        var topic = targets.TopicArn is null ? string.Empty : $" (topic {targets.TopicArn})";
        output.Heading("Confirm the e-mail subscription");
        output.Line($"AWS sent \"AWS Notification - Subscription Confirmation\" to {who}{topic}.");
        output.Line("Open it and click \"Confirm subscription\": until then no report or alert reaches you. The link expires after 3 days;");
        output.Line("after that, select the pending subscription in the SNS console and choose \"Request confirmation\".");
    }
}
