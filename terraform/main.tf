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
}
