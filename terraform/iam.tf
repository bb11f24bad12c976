# One role per function, each allowed exactly the calls its code makes. No statement allows a "*"
# action; "*" resources appear only for actions that AWS does not scope to a resource, each commented.

locals {
  table_arn     = aws_dynamodb_table.this.arn
  function_arns = { for key, name in local.function_names : key => "arn:${local.partition}:lambda:${local.region}:${local.account_id}:function:${name}" }

  function_policies = {
    scheduler     = data.aws_iam_policy_document.scheduler.json
    cost_report   = data.aws_iam_policy_document.cost_report.json
    budget_alerts = data.aws_iam_policy_document.budget_alerts.json
    spot_manager  = data.aws_iam_policy_document.spot_manager.json
    wake          = data.aws_iam_policy_document.wake.json
  }
}

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "function" {
  for_each = local.handlers

  name               = "${local.function_names[each.key]}-function"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
  tags               = local.tags
}

resource "aws_iam_role_policy" "function" {
  for_each = local.handlers

  name   = "costops"
  role   = aws_iam_role.function[each.key].id
  policy = local.function_policies[each.key]
}

# What every function does: write its logs, hand failed asynchronous events to the failures queue, and
# keep its state in the table (GetItem, PutItem with conditions, DeleteItem, Query, Scan).
data "aws_iam_policy_document" "function_base" {
  for_each = local.handlers

  statement {
    sid       = "Logs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.function[each.key].arn}:*"]
  }

  statement {
    sid       = "FailureDestination"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.failures.arn]
  }

  statement {
    sid       = "State"
    actions   = ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"]
    resources = [local.table_arn]
  }
}

# Publishing to the encrypted topic needs the key's data-key calls too.
data "aws_iam_policy_document" "publish" {
  statement {
    sid       = "Publish"
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.this.arn]
  }

  statement {
    sid       = "TopicKey"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [aws_kms_key.topic.arn]
  }
}

# With targets the scheduler schedules only the targets, each through its member role: the hub's role then
# gets no ECS or Application Auto Scaling rights of its own (list the hub account as a target, with the member
# role deployed there, to schedule its clusters too).
data "aws_iam_policy_document" "scheduler" {
  source_policy_documents = concat(
    [data.aws_iam_policy_document.function_base["scheduler"].json],
    local.hub_mode ? [] : [data.aws_iam_policy_document.read_fleet.json],
  )

  dynamic "statement" {
    for_each = local.hub_mode ? [] : [1]
    content {
      sid       = "ScaleManagedServices"
      actions   = ["ecs:UpdateService"]
      resources = local.managed_service_arns
    }
  }

  dynamic "statement" {
    for_each = local.hub_mode ? [] : [1]
    content {
      sid       = "WriteStatusTagOnly"
      actions   = ["ecs:TagResource"]
      resources = local.managed_service_arns

      condition {
        test     = "ForAllValues:StringEquals"
        variable = "aws:TagKeys"
        values   = [var.status_tag]
      }
    }
  }

  dynamic "statement" {
    for_each = local.hub_mode ? [] : [1]
    content {
      sid       = "SaveAndRestoreScalingBounds"
      actions   = ["application-autoscaling:RegisterScalableTarget"]
      resources = ["arn:${local.partition}:application-autoscaling:${local.region}:${local.account_id}:scalable-target/*"]
    }
  }

  statement {
    sid       = "HandOverToItself"
    actions   = ["lambda:InvokeFunction"]
    resources = [local.scheduler_function_arn]
  }

  statement {
    sid = "BoundaryWakeUp"
    actions = [
      "scheduler:CreateSchedule",
      "scheduler:GetSchedule",
      "scheduler:UpdateSchedule",
    ]
    # With targets each account-region's worker keeps its own wake-up, costops-next-boundary-<account>-<region>.
    resources = concat(
      ["arn:${local.partition}:scheduler:${local.region}:${local.account_id}:schedule/${local.boundary_group}/costops-next-boundary"],
      local.hub_mode ? ["arn:${local.partition}:scheduler:${local.region}:${local.account_id}:schedule/${local.boundary_group}/costops-next-boundary-*"] : [],
    )
  }

  # Hub mode: the member fleets are changed with each account's member role (modules/member-role), which
  # trusts this function's role with the external id; the hub role itself gets no ECS rights over them.
  dynamic "statement" {
    for_each = local.hub_mode ? [1] : []
    content {
      sid       = "AssumeMemberRoles"
      actions   = ["sts:AssumeRole"]
      resources = local.member_role_arns
    }
  }

  # Accounts of the organizational units in var.targets, listed at run time (management account or a
  # delegated administrator only).
  dynamic "statement" {
    for_each = length(local.member_ous) > 0 ? [1] : []
    content {
      sid     = "ListOrganizationalUnitAccounts"
      actions = ["organizations:ListAccountsForParent", "organizations:ListOrganizationalUnitsForParent"]
      # The OU and root ARNs carry the organization id and the management account, which the module is not given.
      resources = ["*"]
    }
  }

  dynamic "statement" {
    for_each = var.wake.enabled ? [1] : []
    content {
      sid = "FindListenerRules"
      actions = [
        "elasticloadbalancing:DescribeListeners",
        "elasticloadbalancing:DescribeRules",
        "elasticloadbalancing:DescribeTargetGroups",
        "elasticloadbalancing:DescribeTargetHealth",
      ]
      resources = ["*"] # Elastic Load Balancing Describe calls have no resource-level permissions: AWS only accepts "*".
    }
  }

  # Only listener rules tagged costops:wake=on can be pointed at the wake page and back.
  dynamic "statement" {
    for_each = var.wake.enabled ? [1] : []
    content {
      sid       = "SwapTaggedListenerRules"
      actions   = ["elasticloadbalancing:ModifyRule"]
      resources = ["arn:${local.partition}:elasticloadbalancing:${local.region}:${local.account_id}:listener-rule/app/*"]

      condition {
        test     = "StringEquals"
        variable = "aws:ResourceTag/costops:wake"
        values   = ["on"]
      }
    }
  }

  statement {
    sid       = "PassBoundaryRole"
    actions   = ["iam:PassRole"]
    resources = [local.boundary_role_arn]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["scheduler.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "cost_report" {
  source_policy_documents = [
    data.aws_iam_policy_document.function_base["cost_report"].json,
    data.aws_iam_policy_document.publish.json,
    data.aws_iam_policy_document.read_fleet.json,
  ]

  statement {
    sid       = "CostExplorer"
    actions   = ["ce:GetCostAndUsage", "ce:GetCostForecast"]
    resources = ["*"] # Cost Explorer queries have no resource type: AWS only accepts "*".
  }

  statement {
    sid       = "CostAnomalies"
    actions   = ["ce:GetAnomalies"]
    resources = ["*"] # Reads the anomalies of every monitor of the account (not only one this module creates), so no monitor ARN can be named.
  }

  statement {
    sid       = "ServiceUtilization"
    actions   = ["cloudwatch:GetMetricData"]
    resources = ["*"] # GetMetricData has no resource-level permissions: AWS only accepts "*".
  }

  statement {
    sid       = "ReadBudgets"
    actions   = ["budgets:ViewBudget"]
    resources = ["arn:${local.partition}:budgets::${local.account_id}:budget/*"]
  }

  statement {
    sid       = "StoreAndLinkReports"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.reports.arn}/${var.report_prefix}*"]
  }
}

# Read calls only: the managed clusters and services, their task sizes and Auto Scaling bounds. Shared by the
# scheduler, the Spot manager, the report (right-sizing, runaway guard) and the budget alerts (runaway guard).
data "aws_iam_policy_document" "read_fleet" {
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
}

data "aws_iam_policy_document" "budget_alerts" {
  source_policy_documents = [
    data.aws_iam_policy_document.function_base["budget_alerts"].json,
    data.aws_iam_policy_document.publish.json,
    data.aws_iam_policy_document.read_fleet.json,
  ]

  statement {
    sid       = "TopServices"
    actions   = ["ce:GetCostAndUsage"]
    resources = ["*"] # Cost Explorer queries have no resource type: AWS only accepts "*".
  }

  statement {
    sid       = "CostAnomalies"
    actions   = ["ce:GetAnomalies"]
    resources = ["*"] # Reads the anomalies of every monitor of the account (not only one this module creates), so no monitor ARN can be named.
  }

  statement {
    sid       = "ReadBudgets"
    actions   = ["budgets:ViewBudget"]
    resources = ["arn:${local.partition}:budgets::${local.account_id}:budget/*"]
  }
}

# The Spot manager: associates FARGATE and FARGATE_SPOT with the managed clusters and changes the capacity
# provider strategy of opted-in services in them (UpdateService with a new deployment); it lists and reads the
# fleet like the report does (task sizes included, read by its service inventory).
data "aws_iam_policy_document" "spot_manager" {
  source_policy_documents = [
    data.aws_iam_policy_document.function_base["spot_manager"].json,
    data.aws_iam_policy_document.read_fleet.json,
  ]

  statement {
    sid       = "AssociateFargateProviders"
    actions   = ["ecs:PutClusterCapacityProviders"]
    resources = local.managed_cluster_arns
  }

  statement {
    sid       = "MoveManagedServices"
    actions   = ["ecs:UpdateService"]
    resources = local.managed_service_arns
  }
}

# The wake function: reads the service it wakes, writes only its keep-running tag, and starts a scheduler run.
# It exists whether or not waking is on (an idle function costs nothing); without var.wake.enabled nothing routes to it.
data "aws_iam_policy_document" "wake" {
  source_policy_documents = [data.aws_iam_policy_document.function_base["wake"].json]

  statement {
    sid       = "ReadManagedServices"
    actions   = ["ecs:DescribeServices"]
    resources = local.managed_service_arns
  }

  statement {
    sid       = "WriteKeepRunningTagOnly"
    actions   = ["ecs:TagResource"]
    resources = local.managed_service_arns

    condition {
      test     = "ForAllValues:StringEquals"
      variable = "aws:TagKeys"
      values   = ["keep-running"]
    }
  }

  statement {
    sid       = "StartSchedulerRun"
    actions   = ["lambda:InvokeFunction"]
    resources = [local.scheduler_function_arn]
  }
}

# Runs CostOps' recurring schedules: may invoke the four functions and dead-letter undelivered events.
data "aws_iam_policy_document" "scheduler_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_iam_role" "schedules" {
  name               = "${var.name}-schedules"
  assume_role_policy = data.aws_iam_policy_document.scheduler_assume.json
  tags               = local.tags
}

data "aws_iam_policy_document" "schedules" {
  statement {
    sid       = "InvokeFunctions"
    actions   = ["lambda:InvokeFunction"]
    resources = values(local.function_arns)
  }

  statement {
    sid       = "DeadLetter"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.trigger_dlq.arn]
  }
}

resource "aws_iam_role_policy" "schedules" {
  name   = "costops"
  role   = aws_iam_role.schedules.id
  policy = data.aws_iam_policy_document.schedules.json
}

# The role the scheduler passes to its one-time boundary schedules: it may invoke the scheduler, nothing else.
resource "aws_iam_role" "boundary" {
  name               = local.boundary_role
  assume_role_policy = data.aws_iam_policy_document.scheduler_assume.json
  tags               = local.tags
}

data "aws_iam_policy_document" "boundary" {
  statement {
    sid       = "InvokeScheduler"
    actions   = ["lambda:InvokeFunction"]
    resources = [local.scheduler_function_arn]
  }
}

resource "aws_iam_role_policy" "boundary" {
  name   = "costops"
  role   = aws_iam_role.boundary.id
  policy = data.aws_iam_policy_document.boundary.json
}
