# The member (spoke) role of CostOps in one account: what the hub's scheduler does to this account's fleet,
# and nothing else. The hub assumes it with sts:AssumeRole (and the external id) per account-region.
# Its statements are those of the hub's own fleet statements (terraform/iam.tf: read_fleet and the
# scheduler's ECS and Application Auto Scaling writes), for this account and the given regions.

data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

locals {
  account_id     = data.aws_caller_identity.current.account_id
  partition      = data.aws_partition.current.partition
  hub_account_id = split(":", var.hub_role_arns[0])[4]

  clusters_by_name = length(var.clusters) > 0
  managed_cluster_arns = flatten([for r in var.regions : (local.clusters_by_name
    ? [for c in var.clusters : "arn:${local.partition}:ecs:${r}:${local.account_id}:cluster/${c}"]
  : ["arn:${local.partition}:ecs:${r}:${local.account_id}:cluster/*"])])
  managed_service_arns = flatten([for r in var.regions : (local.clusters_by_name
    ? [for c in var.clusters : "arn:${local.partition}:ecs:${r}:${local.account_id}:service/${c}/*"]
  : ["arn:${local.partition}:ecs:${r}:${local.account_id}:service/*/*"])])
  scalable_target_arns = [for r in var.regions : "arn:${local.partition}:application-autoscaling:${r}:${local.account_id}:scalable-target/*"]

  tags = merge({ "costops:component" = "costops-member" }, var.tags)
}

# Only the hub's function roles (and the listed operators) of the hub account, each call with the external id.
# Trusting the hub account with an aws:PrincipalArn condition, rather than the role ARNs as principals, lets
# this role exist before the hub's roles do and survive their re-creation.
data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.hub_account_id}:root"]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:PrincipalArn"
      values   = concat(var.hub_role_arns, var.operator_arns)
    }

    dynamic "condition" {
      for_each = var.external_id == null ? [] : [var.external_id]
      content {
        test     = "StringEquals"
        variable = "sts:ExternalId"
        values   = [condition.value]
      }
    }
  }
}

resource "aws_iam_role" "member" {
  name                 = var.role_name
  description          = "CostOps member role: the hub account's scheduler stops and starts the ECS services of this account"
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  max_session_duration = var.max_session_hours * 3600
  tags                 = local.tags
}

data "aws_iam_policy_document" "member" {
  dynamic "statement" {
    for_each = local.clusters_by_name ? [] : [1]
    content {
      sid       = "FindClustersByTag"
      actions   = ["ecs:ListClusters"]
      resources = ["*"] # ListClusters has no resource type: AWS only accepts "*".
    }
  }

  statement {
    sid       = "ReadClusters"
    actions   = ["ecs:DescribeClusters"]
    resources = local.managed_cluster_arns
  }

  statement {
    sid       = "ListServicesOfManagedClusters"
    actions   = ["ecs:ListServices"]
    resources = ["*"] # ListServices has no resource type; the ecs:cluster condition scopes it instead.

    condition {
      test     = "ArnLike"
      variable = "ecs:cluster"
      values   = local.managed_cluster_arns
    }
  }

  statement {
    sid       = "ReadManagedServices"
    actions   = ["ecs:DescribeServices"]
    resources = local.managed_service_arns
  }

  statement {
    sid       = "TaskSizes"
    actions   = ["ecs:DescribeTaskDefinition"]
    resources = ["*"] # DescribeTaskDefinition has no resource-level permissions: AWS only accepts "*".
  }

  statement {
    sid       = "ReadScalableTargets"
    actions   = ["application-autoscaling:DescribeScalableTargets"]
    resources = ["*"] # Describe calls of Application Auto Scaling have no resource type: AWS only accepts "*".
  }

  statement {
    sid       = "ScaleManagedServices"
    actions   = ["ecs:UpdateService"]
    resources = local.managed_service_arns
  }

  statement {
    sid       = "WriteStatusTagOnly"
    actions   = ["ecs:TagResource"]
    resources = local.managed_service_arns

    condition {
      test     = "ForAllValues:StringEquals"
      variable = "aws:TagKeys"
      values   = [var.status_tag]
    }
  }

  statement {
    sid       = "SaveAndRestoreScalingBounds"
    actions   = ["application-autoscaling:RegisterScalableTarget"]
    resources = local.scalable_target_arns
  }

  # costops keep-running / release --account: the operators' override tag, and no other key.
  dynamic "statement" {
    for_each = length(var.operator_arns) > 0 ? [1] : []
    content {
      sid       = "OperatorKeepRunningTag"
      actions   = ["ecs:TagResource", "ecs:UntagResource"]
      resources = local.managed_service_arns

      condition {
        test     = "ForAllValues:StringEquals"
        variable = "aws:TagKeys"
        values   = ["keep-running"]
      }
    }
  }
}

resource "aws_iam_role_policy" "member" {
  name   = "costops"
  role   = aws_iam_role.member.id
  policy = data.aws_iam_policy_document.member.json

  lifecycle {
    precondition {
      condition     = local.clusters_by_name != (var.cluster_tag != null)
      error_message = "Give exactly one of clusters (cluster names) and cluster_tag (key or key=value), as the hub's target for this account says."
    }
  }
}
