# One CostOps hub schedules the ECS fleets of a handful of accounts: the hub (tooling) account runs the
# functions and assumes the member role in staging and prod, each in two regions. One provider alias per
# member account creates its member role (here through the role AWS Organizations creates in new accounts;
# use a profile per account instead if you have one). Build the zips first (make package), then:
# terraform init && terraform apply. Apply order does not matter: a member role trusts the hub's scheduler
# role by ARN through the hub account, so it can exist before the hub.
terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.27"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "staging"
  region = "eu-west-1"

  assume_role {
    role_arn = "arn:aws:iam::${var.staging_account_id}:role/OrganizationAccountAccessRole"
  }
}

provider "aws" {
  alias  = "prod"
  region = "eu-west-1"

  assume_role {
    role_arn = "arn:aws:iam::${var.prod_account_id}:role/OrganizationAccountAccessRole"
  }
}

variable "staging_account_id" {
  type        = string
  description = "The staging account (12 digits)."
  default     = "111111111111"
}

variable "prod_account_id" {
  type        = string
  description = "The prod account (12 digits)."
  default     = "222222222222"
}

variable "external_id" {
  type        = string
  description = "The external id the hub passes and the member roles require; any 2-1224 characters of [\\w+=,.@:/-], e.g. from `openssl rand -hex 16`."
  default     = "costops-example-3f9a6c1e"
}

locals {
  regions = ["eu-west-1", "us-east-1"]
  # The hub's scheduler role, by name (the module names it <name>-scheduler-function), so the member roles
  # need no output of the hub.
  hub_role_arn = "arn:aws:iam::${data.aws_caller_identity.hub.account_id}:role/costops-scheduler-function"
}

data "aws_caller_identity" "hub" {}

module "costops" {
  source = "../../"

  # The hub account's clusters the Spot manager, report and budget alerts read. With targets the scheduler
  # schedules only the targets: add the hub account as a target (with a member role) to schedule these too.
  clusters            = ["tools"]
  notification_emails = ["platform-team@example.com"]
  timezone            = "Europe/Berlin"

  schedules = {
    default = "office-hours"
    schedules = {
      office-hours = {
        timezone = "Europe/Berlin"
        periods  = ["mon-fri 08:00-20:00"]
      }
    }
  }

  targets = {
    role        = "costops-member"
    external_id = var.external_id
    regions     = local.regions
    targets = [
      module.member_staging.target,
      module.member_prod.target,
    ]
  }
  scheduler_worker_concurrency = 4
}

module "member_staging" {
  source    = "../../modules/member-role"
  providers = { aws = aws.staging }

  hub_role_arns = [local.hub_role_arn]
  external_id   = var.external_id
  regions       = local.regions
  clusters      = ["app", "web"]
}

module "member_prod" {
  source    = "../../modules/member-role"
  providers = { aws = aws.prod }

  hub_role_arns = [local.hub_role_arn]
  external_id   = var.external_id
  regions       = local.regions
  cluster_tag   = "costops=on"
}

output "targets" {
  description = "The account-regions the hub schedules, and the member roles it assumes."
  value       = module.costops.targets
}

output "member_role_arns" {
  description = "The member role of each account."
  value       = { staging = module.member_staging.role_arn, prod = module.member_prod.role_arn }
}

output "self_check_command" {
  description = "Command that checks the deployment."
  value       = module.costops.self_check_command
}
