output "scheduler_function_name" {
  description = "Name of the scheduler Lambda function."
  value       = aws_lambda_function.this["scheduler"].function_name
}

output "cost_report_function_name" {
  description = "Name of the weekly cost report Lambda function."
  value       = aws_lambda_function.this["cost_report"].function_name
}

output "budget_alerts_function_name" {
  description = "Name of the budget alerts Lambda function."
  value       = aws_lambda_function.this["budget_alerts"].function_name
}

output "spot_manager_function_name" {
  description = "Name of the Spot manager Lambda function."
  value       = aws_lambda_function.this["spot_manager"].function_name
}

output "function_arns" {
  description = "ARN of each function, by key of handlers.json."
  value       = { for key, f in aws_lambda_function.this : key => f.arn }
}

output "table_name" {
  description = "DynamoDB table holding CostOps' state."
  value       = aws_dynamodb_table.this.name
}

output "topic_arn" {
  description = "SNS topic of reports, alerts and alarms."
  value       = aws_sns_topic.this.arn
}

output "reports_bucket" {
  description = "S3 bucket of the HTML reports."
  value       = aws_s3_bucket.reports.bucket
}

output "failures_queue_url" {
  description = "SQS queue of asynchronous invocations that failed after Lambda's retries."
  value       = aws_sqs_queue.failures.url
}

output "trigger_dlq_url" {
  description = "SQS queue of events EventBridge could not deliver."
  value       = aws_sqs_queue.trigger_dlq.url
}

output "boundary_schedule_group" {
  description = "EventBridge Scheduler group of the scheduler's one-time boundary schedules."
  value       = aws_scheduler_schedule_group.boundary.name
}

output "dashboard_url" {
  description = "CloudWatch dashboard of CostOps' metrics."
  value       = "https://${local.region}.console.aws.amazon.com/cloudwatch/home?region=${local.region}#dashboards/dashboard/${aws_cloudwatch_dashboard.this.dashboard_name}"
}

output "self_check_command" {
  description = "Command that checks the deployment: a dry run of the scheduler and a preview of the report."
  value       = "make self-check REGION=${local.region} SCHEDULER=${aws_lambda_function.this["scheduler"].function_name} COST_REPORT=${aws_lambda_function.this["cost_report"].function_name}"
}

output "wake_target_group_arn" {
  description = "The wake function's Lambda target group (null when var.wake.enabled is false): the scheduler points the listener rules of stopped services tagged costops:wake=on at it."
  value       = var.wake.enabled ? aws_lb_target_group.wake[0].arn : null
}

output "wake_function_url" {
  description = "The wake function's URL, AWS_IAM auth (null when var.wake.enabled is false): POST {\"cluster\",\"service\",\"for\"} signed with SigV4."
  value       = var.wake.enabled ? aws_lambda_function_url.wake[0].function_url : null
}

output "scheduler_role_arn" {
  description = "The scheduler function's role: the principal modules/member-role trusts in each member account (its hub_role_arns input)."
  value       = aws_iam_role.function["scheduler"].arn
}

output "targets" {
  description = "With targets: the member role pattern, the external id, the account-regions listed by account id (accounts of organizational_units are resolved at run time and not listed) and the OUs; null without targets."
  value = !local.hub_mode ? null : {
    role                 = local.member_role_pattern
    external_id          = var.targets.external_id
    account_regions      = local.listed_targets
    organizational_units = local.member_ous
    role_arns            = local.member_role_arns
  }
}
