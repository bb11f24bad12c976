data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

data "aws_partition" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  region     = data.aws_region.current.region
  partition  = data.aws_partition.current.partition

  # Handler strings come from the same file the functions' tests check against the built assemblies;
  # its keys are the function keys, the zip names in dist/ and the suffixes of the function names.
  handlers    = jsondecode(file("${path.module}/handlers.json"))
  package_dir = coalesce(var.package_dir, "${path.module}/../dist")

  function_names = { for key in keys(local.handlers) : key => "${var.name}-${replace(key, "_", "-")}" }

  # The scheduler's own ARN, built from names rather than from the function resource: its environment
  # needs it, and a reference to aws_lambda_function.this would be a cycle.
  scheduler_function_arn = "arn:${local.partition}:lambda:${local.region}:${local.account_id}:function:${local.function_names["scheduler"]}"

  clusters_by_name = length(var.clusters) > 0
  cluster_arns     = [for c in var.clusters : "arn:${local.partition}:ecs:${local.region}:${local.account_id}:cluster/${c}"]

  # ECS resources the functions may touch. With `clusters` they are exactly the managed clusters and
  # their services; with `cluster_tag` the set of clusters changes at run time, so IAM cannot name them
  # and the patterns cover every cluster of the account in this region.
  managed_cluster_arns = local.clusters_by_name ? local.cluster_arns : ["arn:${local.partition}:ecs:${local.region}:${local.account_id}:cluster/*"]
  managed_service_arns = (local.clusters_by_name
    ? [for c in var.clusters : "arn:${local.partition}:ecs:${local.region}:${local.account_id}:service/${c}/*"]
  : ["arn:${local.partition}:ecs:${local.region}:${local.account_id}:service/*/*"])

  tags = merge({ "costops:component" = "costops" }, var.tags)

  # Hub mode (var.targets): the member fleets the scheduler reaches through each account's member role.
  hub_mode   = var.targets != null
  targets    = local.hub_mode ? var.targets.targets : []
  member_ous = distinct(flatten([for t in local.targets : t.organizational_units]))
  # The member role's ARN pattern: a role name becomes the same role in every account.
  member_role_pattern = !local.hub_mode ? null : (startswith(var.targets.role, "arn:")
    ? var.targets.role
  : "arn:${local.partition}:iam::{account}:role/${var.targets.role}")
  # The roles the scheduler may assume: one per listed account; accounts found in OUs at run time are not
  # known at plan time, so with OUs any account's role of that name (its trust policy still names this hub).
  member_role_arns = distinct(concat(
    [for a in distinct(flatten([for t in local.targets : t.accounts])) : replace(local.member_role_pattern, "{account}", a)],
    length(local.member_ous) > 0 ? [replace(local.member_role_pattern, "{account}", "*")] : [],
  ))
  # What the scheduler reads as COSTOPS_TARGETS: the JSON shape of the targets, empty fields left out.
  targets_json = !local.hub_mode ? null : jsonencode({ for k, v in {
    role       = var.targets.role
    externalId = var.targets.external_id
    regions    = length(var.targets.regions) > 0 ? var.targets.regions : null
    targets = [for t in local.targets : { for k, v in {
      accounts            = length(t.accounts) > 0 ? t.accounts : null
      organizationalUnits = length(t.organizational_units) > 0 ? t.organizational_units : null
      regions             = length(t.regions) > 0 ? t.regions : null
      clusters            = length(t.clusters) > 0 ? t.clusters : null
      clusterTag          = t.cluster_tag
    } : k => v if v != null }]
  } : k => v if v != null })
  # Every (account, region) named explicitly; accounts of OUs are added at run time.
  listed_targets = flatten([for t in local.targets : [for a in t.accounts : [
    for r in (length(t.regions) > 0 ? t.regions : var.targets.regions) : { account = a, region = r }
  ]]])
}
