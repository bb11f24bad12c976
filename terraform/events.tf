locals {
  # With cluster names the rules match only the managed clusters; with cluster_tag the clusters are
  # chosen at run time, so the rules match every cluster and the Spot manager filters.
  # (A for expression rather than a conditional, whose two branches would need the same object type.)
  ecs_event_filter = { for key, value in { detail = { clusterArn = local.cluster_arns } } : key => value if local.clusters_by_name }

  ecs_event_rules = {
    service-action    = "ECS Service Action"
    task-state-change = "ECS Task State Change"
  }
}

resource "aws_cloudwatch_event_rule" "ecs" {
  for_each = local.ecs_event_rules

  name        = "${var.name}-ecs-${each.key}"
  description = "${each.value} events of the clusters CostOps manages, for the Spot manager"
  state       = var.spot_manager_enabled ? "ENABLED" : "DISABLED"
  event_pattern = jsonencode(merge(
    { source = ["aws.ecs"], "detail-type" = [each.value] },
    local.ecs_event_filter,
  ))
  tags = local.tags
}

resource "aws_cloudwatch_event_target" "ecs" {
  for_each = local.ecs_event_rules

  rule = aws_cloudwatch_event_rule.ecs[each.key].name
  arn  = aws_lambda_function.this["spot_manager"].arn

  retry_policy {
    maximum_retry_attempts       = var.schedule_retry.maximum_retry_attempts
    maximum_event_age_in_seconds = var.schedule_retry.maximum_event_age_in_seconds
  }

  dead_letter_config {
    arn = aws_sqs_queue.trigger_dlq.arn
  }
}

resource "aws_lambda_permission" "ecs_events" {
  for_each = local.ecs_event_rules

  statement_id  = "ecs-${each.key}"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.this["spot_manager"].function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.ecs[each.key].arn
}
