variable "name" {
  type        = string
  description = "Prefix of every resource name (functions are <name>-scheduler, <name>-cost-report, ...). Letters, digits and hyphens, 1-40 characters."
  default     = "costops"

  validation {
    condition     = can(regex("^[A-Za-z][A-Za-z0-9-]{0,39}$", var.name))
    error_message = "name must start with a letter and hold 1-40 letters, digits or hyphens (it prefixes Lambda, queue and role names), e.g. \"costops\"."
  }
}

variable "clusters" {
  type        = list(string)
  description = "Names of the ECS clusters CostOps manages (not ARNs). Give either this or cluster_tag."
  default     = []

  validation {
    condition     = alltrue([for c in var.clusters : can(regex("^[A-Za-z0-9_-]{1,255}$", c))])
    error_message = "Each entry of clusters must be an ECS cluster name: 1-255 letters, digits, hyphens or underscores (a name, not an ARN), e.g. \"dev\"."
  }
}

variable "cluster_tag" {
  type        = string
  description = "Manage every cluster carrying this tag: \"key\" or \"key=value\". Give either this or clusters. IAM cannot name clusters chosen at run time, so ECS permissions then cover every cluster of the account in the region."
  default     = null

  validation {
    condition     = var.cluster_tag == null || can(regex("^[^=\\s][^=]{0,127}(=[^=]{0,256})?$", var.cluster_tag))
    error_message = "cluster_tag must be a tag key or key=value (key up to 128 characters, value up to 256), e.g. \"costops=managed\"."
  }
}

variable "notification_emails" {
  type        = list(string)
  description = "E-mail addresses subscribed to the CostOps topic (reports, alerts, alarms). Each must confirm the subscription mail AWS sends."
  default     = []

  validation {
    condition     = alltrue([for e in var.notification_emails : can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", e))])
    error_message = "Each entry of notification_emails must be an e-mail address such as ops@example.com."
  }
}

variable "schedules" {
  type = object({
    default = optional(string)
    schedules = optional(map(object({
      timezone           = string
      periods            = list(string)
      skip_dates         = optional(list(string), [])
      start_lead_minutes = optional(number, 0)
    })), {})
  })
  description = "Named schedules services refer to with their costops:schedule tag, and the default for untagged services (null: untagged services are unmanaged). Periods use the tag grammar, e.g. \"mon-fri 08:00-20:00\". Passed to the scheduler as COSTOPS_SCHEDULES."
  default     = {}

  validation {
    condition     = alltrue([for s in values(var.schedules.schedules) : can(regex("^(UTC|[A-Z][A-Za-z_+-]*(/[A-Za-z0-9_+-]+){1,2})$", s.timezone))])
    error_message = "Each schedule's timezone must be an IANA zone name such as Europe/Berlin, America/New_York or UTC."
  }

  validation {
    condition     = alltrue([for s in values(var.schedules.schedules) : length(s.periods) > 0 && s.start_lead_minutes >= 0 && s.start_lead_minutes <= 120])
    error_message = "Each schedule needs at least one period, and start_lead_minutes from 0 to 120."
  }

  validation {
    condition     = alltrue([for s in values(var.schedules.schedules) : alltrue([for d in s.skip_dates : can(regex("^\\d{4}-\\d{2}-\\d{2}$", d))])])
    error_message = "skip_dates must be dates as YYYY-MM-DD, e.g. \"2026-12-25\"."
  }

  validation {
    condition     = var.schedules.default == null || contains(keys(var.schedules.schedules), coalesce(var.schedules.default, "-"))
    error_message = "schedules.default must name one of the schedules in schedules.schedules."
  }
}

variable "timezone" {
  type        = string
  description = "IANA zone of the weekly report (weeks start Monday 00:00 there) and of the recurring schedules' expressions."
  default     = "UTC"

  validation {
    condition     = can(regex("^(UTC|[A-Z][A-Za-z_+-]*(/[A-Za-z0-9_+-]+){1,2})$", var.timezone))
    error_message = "timezone must be an IANA zone name such as Europe/Berlin, America/New_York or UTC (not an offset like +01:00)."
  }
}

variable "safety_tick_expression" {
  type        = string
  description = "When the scheduler's safety tick runs (EventBridge Scheduler rate() or cron() expression). The scheduler also wakes itself at each schedule boundary; the tick is the net under it."
  default     = "rate(15 minutes)"

  validation {
    condition     = can(regex("^(rate\\([1-9][0-9]* (minute|minutes|hour|hours|day|days)\\)|cron\\(\\S+ \\S+ \\S+ \\S+ \\S+ \\S+\\))$", var.safety_tick_expression))
    error_message = "safety_tick_expression must be rate(<n> minutes|hours|days) or cron(<6 fields>), e.g. \"rate(15 minutes)\"."
  }
}

variable "report_schedule_expression" {
  type        = string
  description = "When the weekly report is sent, in var.timezone (default Monday 07:00)."
  default     = "cron(0 7 ? * MON *)"

  validation {
    condition     = can(regex("^(rate\\([1-9][0-9]* (minute|minutes|hour|hours|day|days)\\)|cron\\(\\S+ \\S+ \\S+ \\S+ \\S+ \\S+\\))$", var.report_schedule_expression))
    error_message = "report_schedule_expression must be rate(...) or cron(<6 fields>), e.g. \"cron(0 7 ? * MON *)\"."
  }
}

variable "budget_check_expression" {
  type        = string
  description = "How often the budget-alert function checks the budgets."
  default     = "rate(6 hours)"

  validation {
    condition     = can(regex("^(rate\\([1-9][0-9]* (minute|minutes|hour|hours|day|days)\\)|cron\\(\\S+ \\S+ \\S+ \\S+ \\S+ \\S+\\))$", var.budget_check_expression))
    error_message = "budget_check_expression must be rate(...) or cron(<6 fields>), e.g. \"rate(6 hours)\"."
  }
}

variable "spot_tick_expression" {
  type        = string
  description = "How often the Spot manager's tick runs (only while spot_manager_enabled)."
  default     = "rate(5 minutes)"

  validation {
    condition     = can(regex("^(rate\\([1-9][0-9]* (minute|minutes|hour|hours|day|days)\\)|cron\\(\\S+ \\S+ \\S+ \\S+ \\S+ \\S+\\))$", var.spot_tick_expression))
    error_message = "spot_tick_expression must be rate(...) or cron(<6 fields>), e.g. \"rate(5 minutes)\"."
  }
}

variable "spot_manager_enabled" {
  type        = bool
  description = "Turn on the Spot manager's tick and its ECS event rules. Services still opt in one by one (tag costops:capacity=spot) or by spot.default_clusters; with it on, the managed clusters get the FARGATE and FARGATE_SPOT capacity providers associated."
  default     = true
}

variable "spot" {
  type = object({
    default_clusters            = optional(list(string), [])
    base                        = optional(number, 0)
    fargate_weight              = optional(number, 0)
    fargate_spot_weight         = optional(number, 1)
    interruptions               = optional(number, 3)
    interruption_window_minutes = optional(number, 30)
    cooldown_minutes            = optional(number, 60)
    max_cooldown_minutes        = optional(number, 480)
  })
  description = "Spot manager settings: clusters whose services are on Spot unless tagged costops:capacity=on-demand (they must be managed clusters), the strategy (on-demand base tasks, FARGATE:FARGATE_SPOT weights), the interruption count within a window that makes a service fall back, and the cool-down before Spot is tried again (doubling up to the maximum while Spot keeps failing)."
  default     = {}

  validation {
    condition     = alltrue([for c in var.spot.default_clusters : can(regex("^[A-Za-z0-9_-]{1,255}$", c))])
    error_message = "spot.default_clusters must be cluster names (letters, digits, - and _)."
  }

  validation {
    condition     = var.spot.base >= 0 && var.spot.base <= 100000 && var.spot.fargate_weight >= 0 && var.spot.fargate_weight <= 1000 && var.spot.fargate_spot_weight >= 1 && var.spot.fargate_spot_weight <= 1000
    error_message = "spot.base must be 0-100000, spot.fargate_weight 0-1000 and spot.fargate_spot_weight 1-1000."
  }

  validation {
    condition     = var.spot.interruptions >= 1 && var.spot.interruptions <= 100 && var.spot.interruption_window_minutes >= 1 && var.spot.interruption_window_minutes <= 1440
    error_message = "spot.interruptions must be 1-100 and spot.interruption_window_minutes 1-1440."
  }

  validation {
    condition     = var.spot.cooldown_minutes >= 1 && var.spot.cooldown_minutes <= 1440 && var.spot.max_cooldown_minutes >= var.spot.cooldown_minutes && var.spot.max_cooldown_minutes <= 10080
    error_message = "spot.cooldown_minutes must be 1-1440 and spot.max_cooldown_minutes between it and 10080."
  }
}

variable "schedule_retry" {
  type = object({
    maximum_retry_attempts       = optional(number, 2)
    maximum_event_age_in_seconds = optional(number, 900)
  })
  description = "Retry policy of every EventBridge Scheduler schedule (Scheduler's own default, 185 retries over 24 hours, is far too many for a stop). Undelivered invocations go to the schedules' dead-letter queue."
  default     = {}

  validation {
    condition     = var.schedule_retry.maximum_retry_attempts >= 0 && var.schedule_retry.maximum_retry_attempts <= 185 && var.schedule_retry.maximum_event_age_in_seconds >= 60 && var.schedule_retry.maximum_event_age_in_seconds <= 86400
    error_message = "schedule_retry.maximum_retry_attempts must be 0-185 and maximum_event_age_in_seconds 60-86400."
  }
}

variable "memory_mb" {
  type = object({
    scheduler     = optional(number, 512)
    cost_report   = optional(number, 512)
    budget_alerts = optional(number, 256)
    spot_manager  = optional(number, 256)
    wake          = optional(number, 256)
  })
  description = "Memory of each function in MB (128-10240)."
  default     = {}

  validation {
    condition     = alltrue([for m in values(var.memory_mb) : m >= 128 && m <= 10240 && floor(m) == m])
    error_message = "Each memory_mb value must be a whole number of MB from 128 to 10240."
  }
}

variable "timeout_seconds" {
  type = object({
    scheduler     = optional(number, 720)
    cost_report   = optional(number, 300)
    budget_alerts = optional(number, 120)
    spot_manager  = optional(number, 60)
    wake          = optional(number, 30)
  })
  description = "Timeout of each function in seconds (10-900); also passed to it as COSTOPS_FUNCTION_TIMEOUT_SECONDS. The scheduler's must exceed scheduler_time_budget_seconds by at least 60."
  default     = {}

  validation {
    condition     = alltrue([for t in values(var.timeout_seconds) : t >= 10 && t <= 900 && floor(t) == t])
    error_message = "Each timeout_seconds value must be a whole number of seconds from 10 to 900."
  }
}

variable "deadline_margin_seconds" {
  type        = number
  description = "Seconds each function keeps before its timeout to save state, log and flush metrics (COSTOPS_DEADLINE_MARGIN_SECONDS)."
  default     = 10

  validation {
    condition     = var.deadline_margin_seconds >= 1 && var.deadline_margin_seconds <= 120
    error_message = "deadline_margin_seconds must be from 1 to 120."
  }
}

variable "scheduler_time_budget_seconds" {
  type        = number
  description = "Time one scheduler run may work before handing the rest to a fresh invocation (COSTOPS_TIME_BUDGET_SECONDS); at most the scheduler's timeout minus 60."
  default     = 600

  validation {
    condition     = var.scheduler_time_budget_seconds >= 30 && var.scheduler_time_budget_seconds <= 840
    error_message = "scheduler_time_budget_seconds must be from 30 to 840."
  }
}

variable "scheduler_max_concurrency" {
  type        = number
  description = "Services the scheduler handles at once (COSTOPS_MAX_CONCURRENCY)."
  default     = 8

  validation {
    condition     = var.scheduler_max_concurrency >= 1 && var.scheduler_max_concurrency <= 64
    error_message = "scheduler_max_concurrency must be from 1 to 64."
  }
}

variable "dry_run" {
  type        = bool
  description = "Scheduler reports what it would do and changes nothing (COSTOPS_DRY_RUN)."
  default     = false
}

variable "restop_drift" {
  type        = bool
  description = "Stop again services someone started by hand during off-hours (COSTOPS_RESTOP_DRIFT)."
  default     = false
}

variable "status_tag" {
  type        = string
  description = "Tag key the scheduler writes on services (stopped/running); the only tag key its role may write."
  default     = "costops:status"

  validation {
    condition     = can(regex("^[A-Za-z0-9 +\\-=._:/@]{1,128}$", var.status_tag)) && !startswith(lower(var.status_tag), "aws:")
    error_message = "status_tag must be a tag key of 1-128 letters, digits, spaces or + - = . _ : / @, not starting with aws:."
  }
}

variable "report_metric" {
  type        = string
  description = "Cost Explorer metric of the weekly report."
  default     = "UnblendedCost"

  validation {
    condition     = contains(["UnblendedCost", "AmortizedCost", "BlendedCost", "NetUnblendedCost", "NetAmortizedCost"], var.report_metric)
    error_message = "report_metric must be one of UnblendedCost, AmortizedCost, BlendedCost, NetUnblendedCost, NetAmortizedCost."
  }
}

variable "cost_allocation_tag" {
  type        = string
  description = "Tag the weekly report splits spend by; activated as a cost-allocation tag when activate_cost_allocation_tag."
  default     = "Environment"

  validation {
    condition     = can(regex("^[A-Za-z0-9 +\\-=._:/@]{1,128}$", var.cost_allocation_tag))
    error_message = "cost_allocation_tag must be a tag key of 1-128 letters, digits, spaces or + - = . _ : / @."
  }
}

variable "activate_cost_allocation_tag" {
  type        = bool
  description = "Activate cost_allocation_tag in Billing (aws_ce_cost_allocation_tag). Needs the management account in an organization, and the tag must have been seen on a resource once."
  default     = true
}

variable "report_prefix" {
  type        = string
  description = "Key prefix of the HTML reports in the bucket."
  default     = "reports/"

  validation {
    condition     = can(regex("^[A-Za-z0-9!_.*'()/-]{1,200}/$", var.report_prefix))
    error_message = "report_prefix must be 1-200 safe S3 key characters ending with /, e.g. \"reports/\"."
  }
}

variable "report_retention_days" {
  type        = number
  description = "Days the HTML reports are kept in S3 before they expire."
  default     = 90

  validation {
    condition     = var.report_retention_days >= 8 && var.report_retention_days <= 3650
    error_message = "report_retention_days must be from 8 (the mail's link lasts up to 7 days) to 3650."
  }
}

variable "table_deletion_protection" {
  type        = bool
  description = "Protect the state table from deletion: it holds the capacity stopped services are started again with. Set to false (and apply) before destroying CostOps."
  default     = true
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the functions' CloudWatch log groups, in days."
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a value CloudWatch Logs accepts: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}

variable "create_budget" {
  type        = bool
  description = "Create a monthly cost budget for the account (budget_limit_usd)."
  default     = true
}

variable "budget_limit_usd" {
  type        = number
  description = "Monthly limit of the budget CostOps creates, in USD."
  default     = 60

  validation {
    condition     = var.budget_limit_usd > 0
    error_message = "budget_limit_usd must be greater than 0."
  }
}

variable "budget_thresholds_usd" {
  type        = list(number)
  description = "Actual-spend alert levels in USD (CostOps' budget alerts, and the native notifications when enabled)."
  default     = [25, 40, 60]

  validation {
    condition     = length(var.budget_thresholds_usd) > 0 && alltrue([for t in var.budget_thresholds_usd : t > 0])
    error_message = "budget_thresholds_usd must hold at least one amount, each greater than 0, e.g. [25, 40, 60]."
  }
}

variable "budget_forecast_percent" {
  type        = number
  description = "Alert when the forecast reaches this percentage of the limit (null: no forecast alert)."
  default     = 100

  validation {
    condition     = var.budget_forecast_percent == null || try(var.budget_forecast_percent > 0 && var.budget_forecast_percent <= 1000, false)
    error_message = "budget_forecast_percent must be greater than 0 and at most 1000, or null."
  }
}

variable "budget_names" {
  type        = list(string)
  description = "Budgets the budget-alert function watches, by exact name; empty: every budget of the account."
  default     = []

  validation {
    condition     = alltrue([for b in var.budget_names : length(b) > 0 && length(b) <= 100 && !strcontains(b, ",")])
    error_message = "Each budget name must be 1-100 characters without commas."
  }
}

variable "budget_top_services" {
  type        = number
  description = "Services an alert lists as the month's top spenders (COSTOPS_BUDGET_TOP_SERVICES)."
  default     = 5

  validation {
    condition     = var.budget_top_services >= 1 && var.budget_top_services <= 20
    error_message = "budget_top_services must be from 1 to 20."
  }
}

variable "native_budget_notifications" {
  type        = bool
  description = "Also let AWS Budgets mail the topic at the same thresholds, as a backstop in case the budget-alert function fails. Off by default: both on means two mails per threshold."
  default     = false
}

variable "anomaly_detection_enabled" {
  type        = bool
  description = "Create a Cost Anomaly Detection monitor (per AWS service) with a subscription to the topic."
  default     = false
}

variable "anomaly_threshold_usd" {
  type        = number
  description = "Minimum total impact in USD of an anomaly that is notified."
  default     = 10

  validation {
    condition     = var.anomaly_threshold_usd > 0
    error_message = "anomaly_threshold_usd must be greater than 0."
  }
}

variable "rightsizing_headroom" {
  type        = number
  description = "Right-sizing in the weekly report keeps each service's observed peak CPU and memory at or under this share of the recommended Fargate size."
  default     = 0.7

  validation {
    condition     = var.rightsizing_headroom > 0 && var.rightsizing_headroom <= 1
    error_message = "rightsizing_headroom must be above 0 and at most 1, e.g. 0.7."
  }
}

variable "package_dir" {
  type        = string
  description = "Directory holding the Lambda zips <function>.zip (keys of handlers.json); null means dist/ at the repository root."
  default     = null
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}

  validation {
    condition     = alltrue([for k, v in var.tags : length(k) >= 1 && length(k) <= 128 && length(v) <= 256 && !startswith(lower(k), "aws:")])
    error_message = "tags keys must be 1-128 characters not starting with aws:, values at most 256 characters."
  }
}

variable "wake" {
  type = object({
    enabled        = optional(bool, false)
    duration       = optional(string, "2h")
    max_duration   = optional(string, "12h")
    url_principals = optional(list(string), [])
  })
  description = <<-EOT
    Waking stopped services behind an Application Load Balancer. enabled: create the wake function, its Lambda
    target group and function URL, and let the scheduler point the listener rules of services tagged
    costops:wake=on at it while they are stopped (the rules must carry the tag costops:wake=on too).
    duration: how long a wake keeps a service running (COSTOPS_WAKE_DURATION, e.g. 2h). max_duration: the cap
    on any wake, also one asked for through the function URL (COSTOPS_WAKE_MAX_DURATION, at most 24h).
    url_principals: IAM principals of other accounts allowed to call the function URL (AWS_IAM auth); callers in
    this account need lambda:InvokeFunctionUrl in their own policies.
  EOT
  default     = {}

  validation {
    condition = alltrue([for d in [var.wake.duration, var.wake.max_duration] :
    can(regex("^([0-9]{1,4}h)?([0-9]{1,4}m)?$", d)) && d != ""])
    error_message = "wake.duration and wake.max_duration must be lengths such as 2h, 90m or 1h30m."
  }
}

variable "targets" {
  type = object({
    role        = optional(string, "costops-member")
    external_id = optional(string)
    regions     = optional(list(string), [])
    targets = list(object({
      accounts             = optional(list(string), [])
      organizational_units = optional(list(string), [])
      regions              = optional(list(string), [])
      clusters             = optional(list(string), [])
      cluster_tag          = optional(string)
    }))
  })
  description = "Other accounts and regions the scheduler manages from this (hub) account, passed to it as COSTOPS_TARGETS; null (the default) manages this account and region only. `role`: the member role's name in every account (modules/member-role, default costops-member) or a role ARN containing {account}; `external_id`: the member role's sts:ExternalId; `regions`: default regions of the targets; each target names exactly one of `accounts` (12-digit ids) and `organizational_units` (ou-... ids, resolved through AWS Organizations at run time), exactly one of `clusters` and `cluster_tag`, and may override `regions`."
  default     = null

  validation {
    condition     = var.targets == null || try(length(var.targets.targets) > 0, false)
    error_message = "targets.targets must list at least one target, e.g. [{ accounts = [\"111111111111\"], clusters = [\"app\"] }]; set targets = null to manage this account only."
  }

  validation {
    condition     = var.targets == null || alltrue([for t in try(var.targets.targets, []) : (length(t.accounts) > 0) != (length(t.organizational_units) > 0)])
    error_message = "Each entry of targets.targets needs exactly one of accounts (account ids) and organizational_units (OU ids)."
  }

  validation {
    condition     = var.targets == null || alltrue([for t in try(var.targets.targets, []) : (length(t.clusters) > 0) != (t.cluster_tag != null)])
    error_message = "Each entry of targets.targets needs exactly one of clusters (cluster names) and cluster_tag (key or key=value)."
  }

  validation {
    condition     = var.targets == null || alltrue([for t in try(var.targets.targets, []) : alltrue([for a in t.accounts : can(regex("^[0-9]{12}$", a))])])
    error_message = "targets.targets[*].accounts must be 12-digit AWS account ids, e.g. \"111111111111\"."
  }

  validation {
    condition     = var.targets == null || alltrue([for t in try(var.targets.targets, []) : alltrue([for o in t.organizational_units : can(regex("^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$", o))])])
    error_message = "targets.targets[*].organizational_units must be OU ids such as \"ou-ab12-cdef3456\" (AWS Organizations console, or aws organizations list-organizational-units-for-parent)."
  }

  validation {
    condition = var.targets == null || alltrue([for t in try(var.targets.targets, []) :
      length(length(t.regions) > 0 ? t.regions : var.targets.regions) > 0
      && alltrue([for r in concat(t.regions, var.targets.regions) : can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", r))])
    ])
    error_message = "Every target needs regions: set targets.regions (the default) or regions on the target, as region names such as \"eu-west-1\"."
  }

  validation {
    condition = var.targets == null || try(
      length(flatten([for t in var.targets.targets : [for id in concat(t.accounts, t.organizational_units) : [for r in (length(t.regions) > 0 ? t.regions : var.targets.regions) : "${id} ${r}"]]]))
      == length(distinct(flatten([for t in var.targets.targets : [for id in concat(t.accounts, t.organizational_units) : [for r in (length(t.regions) > 0 ? t.regions : var.targets.regions) : "${id} ${r}"]]]))),
    true)
    error_message = "Each account (and each organizational unit) may appear once per region across targets.targets: the scheduler refuses an account-region listed twice. Merge the targets or split their regions."
  }

  validation {
    condition = var.targets == null || alltrue([for t in try(var.targets.targets, []) :
      alltrue([for c in t.clusters : can(regex("^[A-Za-z0-9_-]{1,255}$", c))])
      && (t.cluster_tag == null || can(regex("^[^=\\s][^=]{0,127}(=[^=]{0,256})?$", t.cluster_tag)))
    ])
    error_message = "targets.targets[*].clusters must be cluster names (letters, digits, - and _), and cluster_tag a tag key or key=value, e.g. \"costops=on\"."
  }

  validation {
    condition = var.targets == null || try(
      can(regex("^[\\w+=,.@-]{1,64}$", var.targets.role))
      || (can(regex("^arn:aws[a-z-]*:iam::[^:]*:role/[\\w+=,.@/{}-]+$", var.targets.role)) && strcontains(var.targets.role, "{account}")),
    false)
    error_message = "targets.role must be a role name (up to 64 letters, digits and + = , . @ _ -), the same in every member account, or a role ARN containing {account}, e.g. \"arn:aws:iam::{account}:role/costops-member\"."
  }

  validation {
    condition     = var.targets == null || try(var.targets.external_id == null || can(regex("^[\\w+=,.@:/-]{2,1224}$", var.targets.external_id)), false)
    error_message = "targets.external_id must be 2-1224 characters of letters, digits and + = , . @ : / _ - (the member role's sts:ExternalId)."
  }
}

variable "scheduler_worker_concurrency" {
  type        = number
  description = "With targets: how many account-regions the scheduler works on at once. The hub run starts one asynchronous worker invocation per account-region; the scheduler's reserved concurrency is this plus one (the hub run), and workers over the limit wait in Lambda's asynchronous queue (retried for up to an hour) until one finishes. Without targets the scheduler keeps a reserved concurrency of 1."
  default     = 10

  validation {
    condition     = var.scheduler_worker_concurrency >= 1 && var.scheduler_worker_concurrency <= 200
    error_message = "scheduler_worker_concurrency must be from 1 to 200 (and fit your account's Lambda concurrency quota, which keeps 100 unreserved)."
  }
}
