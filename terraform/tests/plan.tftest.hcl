# Plan-only checks with a mock AWS provider: no account, no credentials, nothing created.
# Run from terraform/: terraform init && terraform test   (needs Terraform >= 1.7 for mock providers).

mock_provider "aws" {
  mock_data "aws_caller_identity" {
    defaults = { account_id = "123456789012" }
  }
  mock_data "aws_region" {
    defaults = { region = "eu-central-1" }
  }
  mock_data "aws_partition" {
    defaults = { partition = "aws" }
  }
}

variables {
  package_dir         = "tests/fixtures"
  clusters            = ["dev"]
  notification_emails = ["ops@example.com"]
  timezone            = "Europe/Berlin"
  schedules = {
    default = "office-hours"
    schedules = {
      office-hours = { timezone = "Europe/Berlin", periods = ["mon-fri 08:00-20:00"] }
    }
  }
}

run "defaults" {
  command = plan

  assert {
    condition     = alltrue([for f in aws_lambda_function.this : f.runtime == "dotnet10" && f.architectures == tolist(["x86_64"])])
    error_message = "Every function runs on dotnet10, x86_64."
  }

  assert {
    condition     = aws_lambda_function.this["scheduler"].reserved_concurrent_executions == 1 && aws_lambda_function.this["budget_alerts"].reserved_concurrent_executions == 1
    error_message = "The scheduler and the budget alerts run one at a time."
  }

  assert {
    condition     = aws_lambda_function.this["scheduler"].environment[0].variables["COSTOPS_FUNCTION_TIMEOUT_SECONDS"] == tostring(aws_lambda_function.this["scheduler"].timeout)
    error_message = "COSTOPS_FUNCTION_TIMEOUT_SECONDS equals the Lambda timeout."
  }

  assert {
    condition     = alltrue([for s in aws_scheduler_schedule.this : s.schedule_expression_timezone == "Europe/Berlin" && s.flexible_time_window[0].mode == "OFF"])
    error_message = "Every schedule runs in the configured zone with the flexible window off."
  }

  assert {
    condition     = alltrue([for s in aws_scheduler_schedule.this : s.target[0].retry_policy[0].maximum_retry_attempts == 2])
    error_message = "Every schedule has an explicit retry policy."
  }

  assert {
    condition     = aws_scheduler_schedule.this["spot-tick"].state == "ENABLED"
    error_message = "The Spot tick is on by default (services opt in by tag)."
  }

  assert {
    condition     = length(aws_budgets_budget.this[0].notification) == 0
    error_message = "Native budget notifications are off by default (CostOps sends the alerts)."
  }

  assert {
    condition     = aws_lambda_function.this["scheduler"].environment[0].variables["COSTOPS_BOUNDARY_SCHEDULE_GROUP"] == "costops-boundary"
    error_message = "The scheduler knows its boundary schedule group."
  }
}

run "event_rules_match_the_managed_clusters" {
  command = plan

  assert {
    condition     = strcontains(aws_cloudwatch_event_rule.ecs["service-action"].event_pattern, "arn:aws:ecs:eu-central-1:123456789012:cluster/dev")
    error_message = "With clusters, the ECS event rules match only those clusters."
  }
}

run "cluster_tag_scope" {
  command = plan

  variables {
    clusters    = []
    cluster_tag = "costops=managed"
  }

  assert {
    condition     = !strcontains(aws_cloudwatch_event_rule.ecs["task-state-change"].event_pattern, "clusterArn")
    error_message = "With cluster_tag, the rules match every cluster (the Spot manager filters)."
  }

  assert {
    condition     = aws_lambda_function.this["scheduler"].environment[0].variables["COSTOPS_CLUSTER_TAG"] == "costops=managed" && !contains(keys(aws_lambda_function.this["scheduler"].environment[0].variables), "COSTOPS_CLUSTERS")
    error_message = "With cluster_tag, the scheduler gets COSTOPS_CLUSTER_TAG and no COSTOPS_CLUSTERS."
  }
}

run "native_budget_backstop" {
  command = plan

  variables {
    native_budget_notifications = true
  }

  assert {
    condition     = length(aws_budgets_budget.this[0].notification) == 4
    error_message = "Native notifications: three actual thresholds and the forecast."
  }
}

run "time_budget_must_fit_the_timeout" {
  command = plan

  variables {
    timeout_seconds               = { scheduler = 300 }
    scheduler_time_budget_seconds = 600
  }

  expect_failures = [aws_lambda_function.this]
}

run "environment_over_4kb_fails_at_plan" {
  command = plan

  variables {
    schedules = {
      schedules = { for i in range(40) : "schedule-number-${i}" => {
        timezone = "America/Argentina/Buenos_Aires"
        periods  = ["mon-fri 08:00-20:00", "sat 09:00-13:00"]
      } }
    }
  }

  expect_failures = [aws_lambda_function.this]
}

run "clusters_and_cluster_tag_are_exclusive" {
  command = plan

  variables {
    cluster_tag = "costops=managed"
  }

  expect_failures = [aws_lambda_function.this]
}

run "bad_time_zone_is_rejected" {
  command = plan

  variables {
    timezone = "+01:00"
  }

  expect_failures = [var.timezone]
}

run "bad_email_is_rejected" {
  command = plan

  variables {
    notification_emails = ["not-an-address"]
  }

  expect_failures = [var.notification_emails]
}

run "targets_hub_mode" {
  command = plan

  variables {
    targets = {
      role        = "costops-member"
      external_id = "3f9a6c1e8d2b47a0"
      regions     = ["eu-west-1", "us-east-1"]
      targets = [
        { accounts = ["111111111111", "222222222222"], clusters = ["app"] },
        { organizational_units = ["ou-ab12-cdef3456"], regions = ["eu-west-1"], cluster_tag = "costops=on" },
      ]
    }
  }

  assert {
    condition     = aws_lambda_function.this["scheduler"].reserved_concurrent_executions == 11
    error_message = "With targets the scheduler has room for the hub run and 10 workers."
  }

  assert {
    condition     = jsondecode(aws_lambda_function.this["scheduler"].environment[0].variables["COSTOPS_TARGETS"]).targets[1].organizationalUnits == ["ou-ab12-cdef3456"]
    error_message = "COSTOPS_TARGETS carries the targets in the scheduler's JSON shape."
  }

  assert {
    condition     = !contains(keys(aws_lambda_function.this["scheduler"].environment[0].variables), "COSTOPS_CLUSTERS") && contains(keys(aws_lambda_function.this["spot_manager"].environment[0].variables), "COSTOPS_CLUSTERS")
    error_message = "With targets the scheduler gets no clusters of its own; the Spot manager keeps the hub's."
  }

  assert {
    condition     = contains(output.targets.role_arns, "arn:aws:iam::111111111111:role/costops-member") && contains(output.targets.role_arns, "arn:aws:iam::*:role/costops-member")
    error_message = "The hub may assume the member role of each listed account, and with OUs the role of that name in any account."
  }
}

run "targets_without_accounts_or_ous" {
  command = plan

  variables {
    targets = {
      regions = ["eu-west-1"]
      targets = [{ clusters = ["app"] }]
    }
  }

  expect_failures = [var.targets]
}

run "targets_account_region_twice" {
  command = plan

  variables {
    targets = {
      regions = ["eu-west-1"]
      targets = [
        { accounts = ["111111111111"], clusters = ["app"] },
        { accounts = ["111111111111"], cluster_tag = "costops=on" },
      ]
    }
  }

  expect_failures = [var.targets]
}
