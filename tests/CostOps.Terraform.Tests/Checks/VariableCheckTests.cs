using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

[Collection(TerraformCollection.Name)]
public sealed class VariableCheckTests(TerraformFixture terraform)
{
    /// <summary>Inputs where a wrong value is possible: zones, schedule expressions, thresholds, e-mails, clusters, retention, memory, timeouts.</summary>
    private static readonly string[] Validated =
    [
        "timezone", "schedules", "safety_tick_expression", "report_schedule_expression", "budget_check_expression", "spot_tick_expression",
        "budget_limit_usd", "budget_thresholds_usd", "budget_forecast_percent", "anomaly_threshold_usd", "notification_emails",
        "clusters", "cluster_tag", "log_retention_days", "memory_mb", "timeout_seconds", "scheduler_time_budget_seconds",
        "deadline_margin_seconds", "scheduler_max_concurrency", "schedule_retry", "name", "status_tag", "report_metric",
        "targets", "scheduler_worker_concurrency",
    ];

    /// <summary>Every input of the member role a user can get wrong.</summary>
    private static readonly string[] MemberRoleValidated =
    [
        "role_name", "hub_role_arns", "operator_arns", "external_id", "regions", "clusters", "cluster_tag", "status_tag", "max_session_hours",
    ];

    [SkippableFact]
    public void Problems_Module_EveryVariableTypedDescribedAndValidatedWhereListed()
    {
        HclParser.Require();

        NoProblems.Assert(VariableCheck.Problems(terraform.Module, Validated));
    }

    [SkippableFact]
    public void Problems_MemberRole_EveryVariableTypedDescribedAndValidatedWhereListed()
    {
        HclParser.Require();

        NoProblems.Assert(VariableCheck.Problems(terraform.MemberRole, MemberRoleValidated));
    }

    [SkippableFact]
    public void Problems_DeployAndExamples_EveryVariableTypedAndDescribed()
    {
        HclParser.Require();

        Assert.All(terraform.Callers, caller => NoProblems.Assert(VariableCheck.Problems(caller, [])));
    }

    [SkippableFact]
    public void Problems_MissingTypeDescriptionOrValidation_AreReported()
    {
        HclParser.Require();
        var snippet = TerraformConfiguration.FromText("""
            variable "untyped" { description = "d" }
            variable "undescribed" { type = string }
            variable "timezone" {
              type        = string
              description = "zone"
            }
            """);

        var problems = VariableCheck.Problems(snippet, ["timezone", "clusters"]);

        Assert.Contains("variable \"untyped\" (snippet.tf) has no type", problems);
        Assert.Contains("variable \"undescribed\" (snippet.tf) has no description", problems);
        Assert.Contains(problems, p => p.StartsWith("variable \"timezone\" (snippet.tf) accepts wrong values", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("variable \"clusters\" should exist", StringComparison.Ordinal));
    }
}
