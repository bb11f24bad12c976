# The configuration `make deploy` applies: the CostOps module in one account and region, configured by
# terraform.tfvars (copy terraform.tfvars.example). `make deploy`'s pre-flight reads region, clusters or
# cluster_tag, and notification_emails from that file.
terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.27"
    }
  }

  # State is local (terraform/deploy/terraform.tfstate, ignored by git) by default. To share it, keep it
  # in S3 instead: create the bucket once, uncomment, and run `terraform init -migrate-state`.
  #
  # backend "s3" {
  #   bucket       = "my-terraform-state"
  #   key          = "costops/terraform.tfstate"
  #   region       = "eu-central-1"
  #   encrypt      = true
  #   use_lockfile = true
  # }
}

provider "aws" {
  region = var.region
}

module "costops" {
  source = "../"

  name                        = var.name
  clusters                    = var.clusters
  cluster_tag                 = var.cluster_tag
  notification_emails         = var.notification_emails
  schedules                   = var.schedules
  timezone                    = var.timezone
  dry_run                     = var.dry_run
  budget_limit_usd            = var.budget_limit_usd
  budget_thresholds_usd       = var.budget_thresholds_usd
  native_budget_notifications = var.native_budget_notifications
  anomaly_detection_enabled   = var.anomaly_detection_enabled
  cost_allocation_tag         = var.cost_allocation_tag
  spot_manager_enabled        = var.spot_manager_enabled
  spot                        = var.spot
  table_deletion_protection   = var.table_deletion_protection
  tags                        = var.tags

  targets                      = var.targets
  scheduler_worker_concurrency = var.scheduler_worker_concurrency
}
