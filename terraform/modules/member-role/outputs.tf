output "role_arn" {
  description = "The member role's ARN (the hub assumes it as targets.role resolves for this account)."
  value       = aws_iam_role.member.arn
}

output "role_name" {
  description = "The member role's name: targets.role in the hub."
  value       = aws_iam_role.member.name
}

output "account_id" {
  description = "This member account's id, for the hub's targets."
  value       = local.account_id
}

output "target" {
  description = "This account as an entry of the hub's targets.targets (accounts, regions, clusters or cluster_tag)."
  value = { for k, v in {
    accounts    = [local.account_id]
    regions     = var.regions
    clusters    = local.clusters_by_name ? var.clusters : null
    cluster_tag = var.cluster_tag
  } : k => v if v != null }
}
