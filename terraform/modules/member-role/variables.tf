variable "role_name" {
  type        = string
  description = "Name of the member role; the hub's targets.role names it (the same name in every member account)."
  default     = "costops-member"

  validation {
    condition     = can(regex("^[\\w+=,.@-]{1,64}$", var.role_name))
    error_message = "role_name must be 1-64 letters, digits and + = , . @ _ -."
  }
}

variable "hub_role_arns" {
  type        = list(string)
  description = "The hub's function roles allowed to assume this role: the CostOps module's scheduler_role_arn output. Trusted through the hub account with an aws:PrincipalArn condition, so the member role can be created before or after the hub."
  nullable    = false

  validation {
    condition     = length(var.hub_role_arns) > 0 && alltrue([for a in var.hub_role_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]+$", a))])
    error_message = "hub_role_arns must list at least one role ARN such as \"arn:aws:iam::123456789012:role/costops-scheduler-function\" (output scheduler_role_arn of the hub)."
  }

  validation {
    condition     = length(distinct([for a in var.hub_role_arns : try(split(":", a)[4], "")])) == 1
    error_message = "hub_role_arns must all be roles of one hub account."
  }
}

variable "operator_arns" {
  type        = list(string)
  description = "People's roles in the hub account allowed to assume this role for `costops plan/status/keep-running/release --account` (e.g. the platform team's SSO role). They also get the keep-running override tag (write and remove). Empty: only the hub's functions."
  default     = []

  validation {
    condition     = alltrue([for a in var.operator_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:(role|user)/[\\w+=,.@/*-]+$", a))])
    error_message = "operator_arns must be IAM role or user ARNs, e.g. \"arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Platform_*\"."
  }
}

variable "external_id" {
  type        = string
  description = "The sts:ExternalId every AssumeRole must carry: the hub's targets.external_id. Null: none required (not recommended when the hub belongs to another party)."
  default     = null

  validation {
    condition     = var.external_id == null || can(regex("^[\\w+=,.@:/-]{2,1224}$", var.external_id))
    error_message = "external_id must be 2-1224 characters of letters, digits and + = , . @ : / _ -."
  }
}

variable "regions" {
  type        = list(string)
  description = "Regions of this account whose clusters the hub manages (the hub's targets regions for this account)."
  nullable    = false

  validation {
    condition     = length(var.regions) > 0 && alltrue([for r in var.regions : can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", r))])
    error_message = "regions must list region names such as \"eu-west-1\"."
  }
}

variable "clusters" {
  type        = list(string)
  description = "Names of the clusters the hub manages in this account (in every region of regions). Give either this or cluster_tag."
  default     = []

  validation {
    condition     = alltrue([for c in var.clusters : can(regex("^[A-Za-z0-9_-]{1,255}$", c))])
    error_message = "clusters must be cluster names (letters, digits, - and _), not ARNs."
  }
}

variable "cluster_tag" {
  type        = string
  description = "Manage every cluster carrying this tag (\"key\" or \"key=value\"), as the hub's target says. IAM cannot name clusters chosen at run time, so the ECS permissions then cover every cluster of the account in the regions."
  default     = null

  validation {
    condition     = var.cluster_tag == null || can(regex("^[^=\\s][^=]{0,127}(=[^=]{0,256})?$", var.cluster_tag))
    error_message = "cluster_tag must be a tag key or key=value, e.g. \"costops=on\"."
  }
}

variable "status_tag" {
  type        = string
  description = "The tag key the scheduler writes on services (the hub's status_tag); the only tag key the hub's functions may write."
  default     = "costops:status"

  validation {
    condition     = length(var.status_tag) >= 1 && length(var.status_tag) <= 128
    error_message = "status_tag must be 1-128 characters."
  }
}

variable "max_session_hours" {
  type        = number
  description = "Longest session of the role in hours (1-12). The hub asks for an hour and renews before expiry."
  default     = 1

  validation {
    condition     = var.max_session_hours >= 1 && var.max_session_hours <= 12
    error_message = "max_session_hours must be from 1 to 12."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the role."
  default     = {}
}
