# The smallest useful CostOps: one cluster, office hours in one zone, one address for mails.
# Build the zips first (make package), then: terraform init && terraform apply.
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
  region = "eu-central-1"
}

module "costops" {
  source = "../../"

  clusters            = ["dev"]
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
}

output "self_check_command" {
  description = "Command that checks the deployment."
  value       = module.costops.self_check_command
}

output "dashboard_url" {
  description = "CloudWatch dashboard."
  value       = module.costops.dashboard_url
}
