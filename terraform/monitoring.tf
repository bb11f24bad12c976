locals {
  # EMF metrics the functions write (namespace CostOps, dimension Function = the function's short name).
  dashboard_metrics = {
    scheduler     = ["ServicesStopped", "ServicesStarted", "ServicesSkipped", "ServicesFailed", "ServicesDrifted", "TaskHoursAvoided", "ApiCalls", "Throttles"]
    cost_report   = ["WeeklyReportSent", "CostExplorerRequests"]
    budget_alerts = ["AlertsSent", "BudgetsChecked"]
  }
  host_metrics     = ["Invocations", "InvocationErrors"]
  metric_dimension = { for key in keys(local.handlers) : key => replace(key, "_", "-") }
  dashboard_name   = var.name
}

# Asynchronous invocations that failed after Lambda's retries (the functions' on-failure destination).
resource "aws_sqs_queue" "failures" {
  name                      = "${var.name}-failures"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
  tags                      = local.tags
}

# Events EventBridge Scheduler or an EventBridge rule could not deliver to a function.
resource "aws_sqs_queue" "trigger_dlq" {
  name                      = "${var.name}-trigger-dlq"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
  tags                      = local.tags
}

data "aws_iam_policy_document" "trigger_dlq" {
  statement {
    sid       = "EventRulesDeadLetter"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.trigger_dlq.arn]

    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [for rule in aws_cloudwatch_event_rule.ecs : rule.arn]
    }
  }
}

resource "aws_sqs_queue_policy" "trigger_dlq" {
  queue_url = aws_sqs_queue.trigger_dlq.id
  policy    = data.aws_iam_policy_document.trigger_dlq.json
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  for_each = local.handlers

  alarm_name          = "${local.function_names[each.key]}-errors"
  alarm_description   = "${local.function_names[each.key]} failed: its log group says why (event invocation.failed or invocation.configuration_invalid)."
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = aws_lambda_function.this[each.key].function_name }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.this.arn]
  ok_actions          = [aws_sns_topic.this.arn]
  tags                = local.tags
}

resource "aws_cloudwatch_metric_alarm" "queue" {
  for_each = {
    failures    = aws_sqs_queue.failures.name
    trigger-dlq = aws_sqs_queue.trigger_dlq.name
  }

  alarm_name          = "${var.name}-${each.key}-not-empty"
  alarm_description   = "Events are waiting in ${each.value}: read them (they hold the event and the error), fix the cause, then purge the queue."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = each.value }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.this.arn]
  tags                = local.tags
}

resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = local.dashboard_name
  dashboard_body = jsonencode({
    widgets = concat(
      [for i, key in keys(local.dashboard_metrics) : {
        type   = "metric"
        x      = (i % 2) * 12
        y      = floor(i / 2) * 6
        width  = 12
        height = 6
        properties = {
          title   = "CostOps ${local.metric_dimension[key]}"
          region  = local.region
          stat    = "Sum"
          period  = 3600
          view    = "timeSeries"
          metrics = [for m in local.dashboard_metrics[key] : ["CostOps", m, "Function", local.metric_dimension[key]]]
        }
      }],
      [{
        type   = "metric"
        x      = 12
        y      = 6
        width  = 12
        height = 6
        properties = {
          title   = "Invocations and errors"
          region  = local.region
          stat    = "Sum"
          period  = 3600
          view    = "timeSeries"
          metrics = flatten([for key in keys(local.handlers) : [for m in local.host_metrics : ["CostOps", m, "Function", local.metric_dimension[key]]]])
        }
      }],
    )
  })
}
