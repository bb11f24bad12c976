locals {
  # CostOps' recurring triggers. Expressions are evaluated in var.timezone by EventBridge Scheduler
  # itself (never converted to UTC crons), so "Monday 07:00" stays 07:00 across daylight-saving changes.
  recurring_schedules = {
    safety-tick = {
      function   = "scheduler"
      expression = var.safety_tick_expression
      input      = jsonencode({ source = "costops.scheduler", trigger = "tick", schedule = "safety-tick" })
      enabled    = true
    }
    weekly-report = {
      function   = "cost_report"
      expression = var.report_schedule_expression
      input      = jsonencode({ command = "report" })
      enabled    = true
    }
    budget-check = {
      function   = "budget_alerts"
      expression = var.budget_check_expression
      input      = jsonencode({ command = "check" })
      enabled    = true
    }
    spot-tick = {
      function   = "spot_manager"
      expression = var.spot_tick_expression
      input      = jsonencode({ source = "costops.scheduler", trigger = "tick", schedule = "spot-tick" })
      enabled    = var.spot_manager_enabled
    }
  }
}

resource "aws_scheduler_schedule_group" "this" {
  name = var.name
  tags = local.tags
}

# One-time schedules the scheduler creates for its next boundary (at(...), deleted after they run).
# Deleting the group deletes any left in it, so a destroy leaves none behind.
resource "aws_scheduler_schedule_group" "boundary" {
  name = local.boundary_group
  tags = local.tags
}

resource "aws_scheduler_schedule" "this" {
  for_each = local.recurring_schedules

  name                         = each.key
  group_name                   = aws_scheduler_schedule_group.this.name
  description                  = "CostOps ${each.key}"
  schedule_expression          = each.value.expression
  schedule_expression_timezone = var.timezone
  state                        = each.value.enabled ? "ENABLED" : "DISABLED"

  # Off: a flexible window would let a stop or start drift by up to the window's length.
  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = aws_lambda_function.this[each.value.function].arn
    role_arn = aws_iam_role.schedules.arn
    input    = each.value.input

    retry_policy {
      maximum_retry_attempts       = var.schedule_retry.maximum_retry_attempts
      maximum_event_age_in_seconds = var.schedule_retry.maximum_event_age_in_seconds
    }

    dead_letter_config {
      arn = aws_sqs_queue.trigger_dlq.arn
    }
  }
}
