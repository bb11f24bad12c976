# A monthly cost budget. CostOps' budget-alert function sends the alerts (with the top services and the
# services running off-schedule); AWS Budgets' own notifications are an opt-in backstop, off by default
# so that nobody gets two mails per threshold.
resource "aws_budgets_budget" "this" {
  count = var.create_budget ? 1 : 0

  name         = "${var.name}-monthly"
  budget_type  = "COST"
  limit_amount = tostring(var.budget_limit_usd)
  limit_unit   = "USD"
  time_unit    = "MONTHLY"

  dynamic "notification" {
    for_each = var.native_budget_notifications ? var.budget_thresholds_usd : []
    content {
      comparison_operator       = "GREATER_THAN"
      notification_type         = "ACTUAL"
      threshold                 = notification.value
      threshold_type            = "ABSOLUTE_VALUE"
      subscriber_sns_topic_arns = [aws_sns_topic.this.arn]
    }
  }

  dynamic "notification" {
    for_each = var.native_budget_notifications && var.budget_forecast_percent != null ? [var.budget_forecast_percent] : []
    content {
      comparison_operator       = "GREATER_THAN"
      notification_type         = "FORECASTED"
      threshold                 = notification.value
      threshold_type            = "PERCENTAGE"
      subscriber_sns_topic_arns = [aws_sns_topic.this.arn]
    }
  }

  tags = local.tags

  depends_on = [aws_sns_topic_policy.this]
}

resource "aws_ce_anomaly_monitor" "this" {
  count = var.anomaly_detection_enabled ? 1 : 0

  name              = "${var.name}-services"
  monitor_type      = "DIMENSIONAL"
  monitor_dimension = "SERVICE"
  tags              = local.tags
}

resource "aws_ce_anomaly_subscription" "this" {
  count = var.anomaly_detection_enabled ? 1 : 0

  name             = "${var.name}-anomalies"
  frequency        = "IMMEDIATE"
  monitor_arn_list = [aws_ce_anomaly_monitor.this[0].arn]

  subscriber {
    type    = "SNS"
    address = aws_sns_topic.this.arn
  }

  threshold_expression {
    dimension {
      key           = "ANOMALY_TOTAL_IMPACT_ABSOLUTE"
      match_options = ["GREATER_THAN_OR_EQUAL"]
      values        = [tostring(var.anomaly_threshold_usd)]
    }
  }

  tags = local.tags

  depends_on = [aws_sns_topic_policy.this]
}

# The tag the weekly report splits spend by. Activation works from the management account (or a
# standalone account) once the tag has been seen on a resource.
resource "aws_ce_cost_allocation_tag" "this" {
  count = var.activate_cost_allocation_tag ? 1 : 0

  tag_key = var.cost_allocation_tag
  status  = "Active"
}
