using System.Text.Json;
using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>
/// Every EventBridge Scheduler schedule runs in a time zone with the flexible window off and an explicit
/// retry policy and dead-letter queue; every EventBridge rule target has a retry policy and a dead-letter queue.
/// </summary>
public static class TriggerCheck
{
    public static IReadOnlyList<string> Problems(TerraformConfiguration configuration)
    {
        var problems = new List<string>();
        var schedules = configuration.OfType("aws_scheduler_schedule").Where(b => b.Kind == "resource").ToList();
        if (schedules.Count == 0)
        {
            problems.Add("no aws_scheduler_schedule: nothing triggers the functions");
        }

        foreach (var schedule in schedules)
        {
            var where = $"{schedule.Address} ({schedule.File})";
            if (schedule.Attribute("schedule_expression_timezone") is null)
            {
                problems.Add($"{where}: no schedule_expression_timezone (the expression would run in UTC)");
            }

            if (schedule.Blocks("flexible_time_window") is not [var window] || HclBlock.Get(window, "mode") is not { ValueKind: JsonValueKind.String } mode || mode.GetString() != "OFF")
            {
                problems.Add($"{where}: the flexible time window must be mode = \"OFF\" (a window delays stops and starts)");
            }

            foreach (var target in schedule.Blocks("target"))
            {
                CheckTarget(where, target, problems);
            }
        }

        foreach (var target in configuration.OfType("aws_cloudwatch_event_target").Where(b => b.Kind == "resource"))
        {
            CheckTarget($"{target.Address} ({target.File})", target.Body, problems);
        }

        return problems;
    }

    private static void CheckTarget(string where, JsonElement target, List<string> problems)
    {
        if (HclBlock.NestedBlocks(target, "retry_policy") is not [var retry]
            || HclBlock.Get(retry, "maximum_retry_attempts") is null
            || HclBlock.Get(retry, "maximum_event_age_in_seconds") is null)
        {
            problems.Add($"{where}: needs an explicit retry_policy with maximum_retry_attempts and maximum_event_age_in_seconds (the default is 185 retries over 24 hours)");
        }

        if (HclBlock.NestedBlocks(target, "dead_letter_config") is not [var dlq] || HclBlock.Get(dlq, "arn") is null)
        {
            problems.Add($"{where}: needs a dead_letter_config with the queue's arn, or undelivered events vanish");
        }
    }
}
