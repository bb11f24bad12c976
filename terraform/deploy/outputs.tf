output "self_check_command" {
  description = "Command that checks the deployment."
  value       = module.costops.self_check_command
}

output "scheduler_function_name" {
  description = "Name of the scheduler function."
  value       = module.costops.scheduler_function_name
}

output "cost_report_function_name" {
  description = "Name of the weekly report function."
  value       = module.costops.cost_report_function_name
}

output "budget_alerts_function_name" {
  description = "Name of the budget alerts function."
  value       = module.costops.budget_alerts_function_name
}

output "spot_manager_function_name" {
  description = "Name of the Spot manager function."
  value       = module.costops.spot_manager_function_name
}

output "table_name" {
  description = "State table."
  value       = module.costops.table_name
}

output "topic_arn" {
  description = "Notification topic."
  value       = module.costops.topic_arn
}

output "dashboard_url" {
  description = "CloudWatch dashboard."
  value       = module.costops.dashboard_url
}

output "scheduler_role_arn" {
  description = "The scheduler's role: hub_role_arns of modules/member-role in each member account."
  value       = module.costops.scheduler_role_arn
}

output "targets" {
  description = "With targets: the account-regions and member roles the hub schedules."
  value       = module.costops.targets
}
