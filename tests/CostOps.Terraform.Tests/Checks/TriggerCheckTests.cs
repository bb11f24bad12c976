using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

[Collection(TerraformCollection.Name)]
public sealed class TriggerCheckTests(TerraformFixture terraform)
{
    [SkippableFact]
    public void Problems_Module_EveryScheduleHasZoneRetryPolicyAndDeadLetterQueue()
    {
        HclParser.Require();

        NoProblems.Assert(TriggerCheck.Problems(terraform.Module));
    }

    [SkippableFact]
    public void Module_SchedulesTheSafetyTickReportBudgetCheckAndSpotTick()
    {
        HclParser.Require();
        var schedules = terraform.Module.Locals["recurring_schedules"];

        Assert.Equal(["budget-check", "safety-tick", "spot-tick", "weekly-report"], schedules.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("${jsonencode({ command = \"report\" })}", schedules.GetProperty("weekly-report").GetProperty("input").GetString());
    }

    [SkippableFact]
    public void Problems_ScheduleWithoutZoneRetryOrQueue_IsReported()
    {
        HclParser.Require();
        var snippet = TerraformConfiguration.FromText("""
            resource "aws_scheduler_schedule" "tick" {
              schedule_expression = "cron(0 8 * * ? *)"
              flexible_time_window {
                mode                      = "FLEXIBLE"
                maximum_window_in_minutes = 15
              }
              target {
                arn      = "a"
                role_arn = "b"
              }
            }
            resource "aws_cloudwatch_event_target" "ecs" {
              rule = "r"
              arn  = "a"
              retry_policy { maximum_retry_attempts = 2 }
            }
            """);

        var problems = TriggerCheck.Problems(snippet);

        Assert.Contains(problems, p => p.Contains("tick (snippet.tf): no schedule_expression_timezone", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("tick (snippet.tf): the flexible time window must be mode = \"OFF\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("tick (snippet.tf): needs an explicit retry_policy", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("tick (snippet.tf): needs a dead_letter_config", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("ecs (snippet.tf): needs an explicit retry_policy", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("ecs (snippet.tf): needs a dead_letter_config", StringComparison.Ordinal));
    }
}
