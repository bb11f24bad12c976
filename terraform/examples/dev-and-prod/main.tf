# Two CostOps deployments from one configuration: development clusters stop outside office hours in
# Berlin and get anomaly detection; production clusters are only reported on (no default schedule,
# so only services tagged costops:schedule are managed) and start in dry-run mode.
# Each deployment uses its own account through its own provider profile.
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
  alias   = "dev"
  region  = "eu-central-1"
  profile = "dev"
}

provider "aws" {
  alias   = "prod"
  region  = "eu-central-1"
  profile = "prod"
}

module "costops_dev" {
  source    = "../../"
  providers = { aws = aws.dev }

  name                      = "costops-dev"
  cluster_tag               = "environment=dev"
  notification_emails       = ["platform-team@example.com"]
  timezone                  = "Europe/Berlin"
  anomaly_detection_enabled = true
  budget_limit_usd          = 200
  budget_thresholds_usd     = [100, 150, 200]

  schedules = {
    default = "office-hours"
    schedules = {
      office-hours = {
        timezone           = "Europe/Berlin"
        periods            = ["mon-fri 07:30-19:30"]
        skip_dates         = ["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31"]
        start_lead_minutes = 15
      }
    }
  }

  tags = { environment = "dev" }
}

module "costops_prod" {
  source    = "../../"
  providers = { aws = aws.prod }

  name                        = "costops-prod"
  clusters                    = ["prod-web", "prod-batch"]
  notification_emails         = ["platform-team@example.com", "finance@example.com"]
  timezone                    = "Europe/Berlin"
  dry_run                     = true
  native_budget_notifications = true
  budget_limit_usd            = 5000
  budget_thresholds_usd       = [2500, 4000, 5000]

  # No default: only services someone tagged costops:schedule=batch-window are stopped.
  schedules = {
    schedules = {
      batch-window = {
        timezone = "UTC"
        periods  = ["daily 01:00-05:00"]
      }
    }
  }

  timeout_seconds = { scheduler = 900 }
  tags            = { environment = "prod" }
}

output "dev_dashboard_url" {
  description = "Dashboard of the development deployment."
  value       = module.costops_dev.dashboard_url
}

output "prod_dashboard_url" {
  description = "Dashboard of the production deployment."
  value       = module.costops_prod.dashboard_url
}
