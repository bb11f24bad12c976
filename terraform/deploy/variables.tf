variable "region" {
  type        = string
  description = "AWS region of the clusters and of CostOps, e.g. eu-central-1. make deploy checks it matches AWS_REGION and your profile."

  validation {
    condition     = can(regex("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]$", var.region))
    error_message = "region must be an AWS region code such as eu-central-1 or us-east-1."
  }
}

variable "name" {
  type        = string
  description = "Prefix of every resource name."
  default     = "costops"
}

variable "clusters" {
  type        = list(string)
  description = "Names of the ECS clusters CostOps manages. Give either this or cluster_tag."
  default     = []
}

variable "cluster_tag" {
  type        = string
  description = "Manage every cluster with this tag: \"key\" or \"key=value\". Give either this or clusters."
  default     = null
}

variable "notification_emails" {
  type        = list(string)
  description = "E-mail addresses that receive reports, alerts and alarms (each confirms a subscription mail)."

  validation {
    condition     = length(var.notification_emails) > 0
    error_message = "notification_emails needs at least one address: reports and alerts have nowhere else to go."
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
  description = "Named schedules (see the module's schedules variable)."
  default     = {}
}

variable "timezone" {
  type        = string
  description = "IANA zone of the weekly report and of the recurring schedules."
  default     = "UTC"
}

variable "dry_run" {
  type        = bool
  description = "Start in dry-run mode: the scheduler reports what it would do and changes nothing."
  default     = false
}

variable "budget_limit_usd" {
  type        = number
  description = "Monthly budget limit in USD."
  default     = 60
}

variable "budget_thresholds_usd" {
  type        = list(number)
  description = "Actual-spend alert levels in USD."
  default     = [25, 40, 60]
}

variable "native_budget_notifications" {
  type        = bool
  description = "Also let AWS Budgets notify at the same levels (two mails per threshold)."
  default     = false
}

variable "anomaly_detection_enabled" {
  type        = bool
  description = "Create a Cost Anomaly Detection monitor notifying the topic."
  default     = false
}

variable "cost_allocation_tag" {
  type        = string
  description = "Tag the weekly report splits spend by."
  default     = "Environment"
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
}

variable "spot_manager_enabled" {
  type        = bool
  description = "Turn on the Spot manager's tick and ECS event rules (services opt in by tag)."
  default     = true
}

variable "table_deletion_protection" {
  type        = bool
  description = "Protect the state table from deletion; set to false (and apply) before destroying CostOps."
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
  description = "Spot manager settings (see the module's README): default clusters, strategy, interruption rate and cool-down."
  default     = {}
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
  description = "Other accounts and regions this hub schedules through their member role (see the module's README); null: this account only. `costops status --all` reads it from this file."
  default     = null
}

variable "scheduler_worker_concurrency" {
  type        = number
  description = "With targets: account-regions the scheduler works on at once (its reserved concurrency is this plus one)."
  default     = 10
}
