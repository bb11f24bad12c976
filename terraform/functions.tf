locals {
  descriptions = {
    scheduler     = "CostOps scheduler: stops and starts ECS services on their schedules"
    cost_report   = "CostOps weekly cost report"
    budget_alerts = "CostOps budget alerts"
    spot_manager  = "CostOps Spot manager"
    wake          = "CostOps wake: starts a stopped service when someone opens it"
  }

  # Runs that must never overlap with themselves: a second scheduler or budget check would only wait
  # for the first one's claims. Functions not listed here keep the account's unreserved pool (-1).
  # With targets the scheduler's hub run starts one worker invocation of itself per account-region: room
  # for the hub run plus var.scheduler_worker_concurrency workers (the rest wait in the asynchronous queue).
  reserved_concurrency = {
    scheduler     = var.targets == null ? 1 : var.scheduler_worker_concurrency + 1
    budget_alerts = 1
  }

  # Names and ARNs the functions receive, all built from inputs and data sources known at plan time so
  # the 4 KB environment precondition below is decided by `terraform plan`, not halfway through apply.
  table_name        = var.name
  topic_arn         = "arn:${local.partition}:sns:${local.region}:${local.account_id}:${var.name}"
  bucket_name       = "${lower(var.name)}-reports-${local.account_id}"
  boundary_group    = "${var.name}-boundary"
  boundary_role     = "${var.name}-boundary-invoke"
  boundary_role_arn = "arn:${local.partition}:iam::${local.account_id}:role/${local.boundary_role}"

  schedules_json = length(var.schedules.schedules) == 0 ? null : jsonencode({
    default = var.schedules.default
    schedules = { for name, s in var.schedules.schedules : name => {
      timezone         = s.timezone
      periods          = s.periods
      skipDates        = s.skip_dates
      startLeadMinutes = s.start_lead_minutes
    } }
  })

  budget_thresholds = join(",", concat(
    [for t in var.budget_thresholds_usd : tostring(t)],
    var.budget_forecast_percent == null ? [] : ["${var.budget_forecast_percent}%:forecast"],
  ))

  # What each function reads, one literal map per function (tests/CostOps.Terraform.Tests compares the
  # keys with the variables each function's composition reads). Null values are left out.
  environment = {
    scheduler = {
      COSTOPS_FUNCTION_TIMEOUT_SECONDS = tostring(var.timeout_seconds.scheduler)
      COSTOPS_DEADLINE_MARGIN_SECONDS  = tostring(var.deadline_margin_seconds)
      COSTOPS_TABLE                    = local.table_name
      # With targets each target names its clusters; the scheduler does not read these then.
      COSTOPS_CLUSTERS                 = !local.hub_mode && local.clusters_by_name ? join(",", var.clusters) : null
      COSTOPS_CLUSTER_TAG              = !local.hub_mode && !local.clusters_by_name ? var.cluster_tag : null
      COSTOPS_SCHEDULES                = local.schedules_json
      COSTOPS_DRY_RUN                  = tostring(var.dry_run)
      COSTOPS_RESTOP_DRIFT             = tostring(var.restop_drift)
      COSTOPS_TIME_BUDGET_SECONDS      = tostring(var.scheduler_time_budget_seconds)
      COSTOPS_MAX_CONCURRENCY          = tostring(var.scheduler_max_concurrency)
      COSTOPS_STATUS_TAG               = var.status_tag
      # Hub mode: the other accounts and regions, reached through their member role (null: this account only).
      COSTOPS_TARGETS = local.targets_json
      # Boundary wake-up: the scheduler sets a one-time schedule in this group, run with this role, for
      # the next schedule change.
      COSTOPS_BOUNDARY_SCHEDULE_GROUP = local.boundary_group
      COSTOPS_BOUNDARY_ROLE_ARN       = local.boundary_role_arn
      COSTOPS_FUNCTION_ARN            = local.scheduler_function_arn
      # Waking: stopped services tagged costops:wake=on send their visitors to this target group. The ARN
      # is known only after apply, so with waking on the 4 KB check below runs at apply, not at plan.
      COSTOPS_WAKE_TARGET_GROUP_ARN = var.wake.enabled ? aws_lb_target_group.wake[0].arn : null
    }
    wake = {
      COSTOPS_FUNCTION_TIMEOUT_SECONDS = tostring(var.timeout_seconds.wake)
      COSTOPS_DEADLINE_MARGIN_SECONDS  = tostring(var.deadline_margin_seconds)
      COSTOPS_TABLE                    = local.table_name
      COSTOPS_WAKE_DURATION            = var.wake.duration
      COSTOPS_WAKE_MAX_DURATION        = var.wake.max_duration
      COSTOPS_SCHEDULER_FUNCTION       = local.function_names["scheduler"]
    }
    cost_report = {
      COSTOPS_FUNCTION_TIMEOUT_SECONDS = tostring(var.timeout_seconds.cost_report)
      COSTOPS_DEADLINE_MARGIN_SECONDS  = tostring(var.deadline_margin_seconds)
      COSTOPS_TABLE                    = local.table_name
      COSTOPS_TOPIC_ARN                = local.topic_arn
      COSTOPS_ACCOUNT_ID               = local.account_id
      COSTOPS_REPORT_BUCKET            = local.bucket_name
      COSTOPS_REPORT_PREFIX            = var.report_prefix
      COSTOPS_REPORT_TIMEZONE          = var.timezone
      COSTOPS_REPORT_METRIC            = var.report_metric
      COSTOPS_COST_ALLOCATION_TAG      = var.cost_allocation_tag
      COSTOPS_CLUSTERS                 = local.clusters_by_name ? join(",", var.clusters) : null
      COSTOPS_CLUSTER_TAG              = local.clusters_by_name ? null : var.cluster_tag
      # The monitor's ARN is only known after apply; without it the report reads every monitor of the account.
      COSTOPS_ANOMALY_MONITOR_ARN    = null
      COSTOPS_ANOMALY_MIN_IMPACT_USD = tostring(var.anomaly_threshold_usd)
      COSTOPS_RIGHTSIZING_HEADROOM   = tostring(var.rightsizing_headroom)
    }
    budget_alerts = {
      COSTOPS_FUNCTION_TIMEOUT_SECONDS = tostring(var.timeout_seconds.budget_alerts)
      COSTOPS_DEADLINE_MARGIN_SECONDS  = tostring(var.deadline_margin_seconds)
      COSTOPS_TABLE                    = local.table_name
      COSTOPS_TOPIC_ARN                = local.topic_arn
      COSTOPS_ACCOUNT_ID               = local.account_id
      COSTOPS_BUDGET_THRESHOLDS        = local.budget_thresholds
      COSTOPS_BUDGET_NAMES             = length(var.budget_names) == 0 ? null : join(",", var.budget_names)
      COSTOPS_BUDGET_TOP_SERVICES      = tostring(var.budget_top_services)
      COSTOPS_CLUSTERS                 = local.clusters_by_name ? join(",", var.clusters) : null
      COSTOPS_CLUSTER_TAG              = local.clusters_by_name ? null : var.cluster_tag
      # Alerts list the period's open anomalies of every monitor (the ARN is known only after apply).
      COSTOPS_ANOMALY_MONITOR_ARN    = null
      COSTOPS_ANOMALY_MIN_IMPACT_USD = tostring(var.anomaly_threshold_usd)
    }
    spot_manager = {
      COSTOPS_FUNCTION_TIMEOUT_SECONDS  = tostring(var.timeout_seconds.spot_manager)
      COSTOPS_DEADLINE_MARGIN_SECONDS   = tostring(var.deadline_margin_seconds)
      COSTOPS_TABLE                     = local.table_name
      COSTOPS_CLUSTERS                  = local.clusters_by_name ? join(",", var.clusters) : null
      COSTOPS_CLUSTER_TAG               = local.clusters_by_name ? null : var.cluster_tag
      COSTOPS_SPOT_DEFAULT_CLUSTERS     = length(var.spot.default_clusters) == 0 ? null : join(",", var.spot.default_clusters)
      COSTOPS_SPOT_BASE                 = tostring(var.spot.base)
      COSTOPS_SPOT_WEIGHTS              = "${var.spot.fargate_weight}:${var.spot.fargate_spot_weight}"
      COSTOPS_SPOT_INTERRUPTIONS        = "${var.spot.interruptions}/${var.spot.interruption_window_minutes}m"
      COSTOPS_SPOT_COOLDOWN_MINUTES     = tostring(var.spot.cooldown_minutes)
      COSTOPS_SPOT_MAX_COOLDOWN_MINUTES = tostring(var.spot.max_cooldown_minutes)
    }
  }

  function_environment = { for key, vars in local.environment : key => { for k, v in vars : k => v if v != null } }
}

resource "aws_cloudwatch_log_group" "function" {
  for_each = local.handlers

  name              = "/aws/lambda/${local.function_names[each.key]}"
  retention_in_days = var.log_retention_days
  tags              = local.tags
}

resource "aws_lambda_function" "this" {
  for_each = local.handlers

  function_name    = local.function_names[each.key]
  description      = local.descriptions[each.key]
  role             = aws_iam_role.function[each.key].arn
  runtime          = "dotnet10"
  architectures    = ["x86_64"]
  handler          = each.value
  filename         = "${local.package_dir}/${each.key}.zip"
  source_code_hash = filebase64sha256("${local.package_dir}/${each.key}.zip")
  memory_size      = var.memory_mb[each.key]
  timeout          = var.timeout_seconds[each.key]

  reserved_concurrent_executions = try(local.reserved_concurrency[each.key], -1)

  environment {
    variables = local.function_environment[each.key]
  }

  logging_config {
    log_format = "JSON"
    log_group  = aws_cloudwatch_log_group.function[each.key].name
  }

  tags = local.tags

  # The role's permissions are in place before anything can invoke the function.
  depends_on = [aws_iam_role_policy.function]

  lifecycle {
    precondition {
      condition     = length(jsonencode(local.function_environment[each.key])) <= 4096
      error_message = "The environment of ${local.function_names[each.key]} is ${length(jsonencode(local.function_environment[each.key]))} bytes, over Lambda's 4 KB limit: shorten var.schedules (fewer or shorter schedules), var.targets (organizational_units instead of long account lists, a cluster_tag instead of long cluster lists) or var.budget_names."
    }
    precondition {
      condition     = var.scheduler_time_budget_seconds <= var.timeout_seconds.scheduler - 60
      error_message = "scheduler_time_budget_seconds (${var.scheduler_time_budget_seconds}) must be at most timeout_seconds.scheduler (${var.timeout_seconds.scheduler}) minus 60, to leave the scheduler time to hand over the rest and report."
    }
    precondition {
      condition     = var.deadline_margin_seconds < var.timeout_seconds[each.key]
      error_message = "deadline_margin_seconds (${var.deadline_margin_seconds}) must be less than timeout_seconds.${each.key} (${var.timeout_seconds[each.key]})."
    }
    precondition {
      condition     = !(var.wake.enabled && var.targets != null)
      error_message = "wake.enabled applies to a single-account deployment: the scheduler with targets does not point load balancer rules at the wake page. Turn one of them off."
    }
    precondition {
      condition     = (length(var.clusters) > 0) != (var.cluster_tag != null)
      error_message = "Give exactly one of clusters (cluster names) and cluster_tag (key or key=value)."
    }
  }
}

# Asynchronous invocations (schedules, rules, the scheduler's hand-over to itself) that still fail after
# Lambda's retries land in the failures queue, with the event and the error, instead of vanishing.
resource "aws_lambda_function_event_invoke_config" "this" {
  for_each = local.handlers

  function_name                = aws_lambda_function.this[each.key].function_name
  maximum_retry_attempts       = 2
  maximum_event_age_in_seconds = 3600

  destination_config {
    on_failure {
      destination = aws_sqs_queue.failures.arn
    }
  }
}
