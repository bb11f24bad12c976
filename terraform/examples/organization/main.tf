# CostOps for an AWS Organization: the hub runs in the management account (or a delegated administrator
# of CloudFormation StackSets and Organizations), and a service-managed StackSet deploys the member role to
# every account of the given organizational units, including accounts added to them later
# (auto_deployment). The scheduler lists the OUs' accounts through AWS Organizations at run time.
# StackSets never deploy to the management account itself: give it the member role with modules/member-role
# if its fleets are to be scheduled too. Build the zips first (make package), then: terraform init && terraform apply.
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

variable "organizational_units" {
  type        = list(string)
  description = "The OUs whose accounts CostOps schedules (ou-... ids)."
  default     = ["ou-ab12-cdef3456"]
}

variable "regions" {
  type        = list(string)
  description = "The regions of the member fleets."
  default     = ["eu-west-1", "us-east-1"]
}

variable "external_id" {
  type        = string
  description = "The external id the hub passes and the member roles require."
  default     = "costops-example-3f9a6c1e"
}

variable "cluster_tag" {
  type        = string
  description = "Clusters carrying this tag are managed in every member account."
  default     = "costops=on"
}

data "aws_caller_identity" "hub" {}

data "aws_partition" "hub" {}

locals {
  partition    = data.aws_partition.hub.partition
  hub_role_arn = "arn:${local.partition}:iam::${data.aws_caller_identity.hub.account_id}:role/costops-scheduler-function"

  # The member role as a CloudFormation template, the same statements as modules/member-role with a cluster
  # tag (IAM cannot name clusters chosen at run time, so ECS rights cover every cluster of the account in
  # the regions). ${AWS::AccountId} is resolved by CloudFormation in each account (Fn::Sub), hence $${...}.
  service_arns  = [for r in var.regions : { "Fn::Sub" = "arn:$${AWS::Partition}:ecs:${r}:$${AWS::AccountId}:service/*/*" }]
  cluster_arns  = [for r in var.regions : { "Fn::Sub" = "arn:$${AWS::Partition}:ecs:${r}:$${AWS::AccountId}:cluster/*" }]
  scalable_arns = [for r in var.regions : { "Fn::Sub" = "arn:$${AWS::Partition}:application-autoscaling:${r}:$${AWS::AccountId}:scalable-target/*" }]

  member_template = jsonencode({
    AWSTemplateFormatVersion = "2010-09-09"
    Description              = "CostOps member role: the hub's scheduler stops and starts this account's ECS services"
    Resources = {
      MemberRole = {
        Type = "AWS::IAM::Role"
        Properties = {
          RoleName           = "costops-member"
          MaxSessionDuration = 3600
          AssumeRolePolicyDocument = {
            Version = "2012-10-17"
            Statement = [{
              Effect    = "Allow"
              Action    = "sts:AssumeRole"
              Principal = { AWS = "arn:${local.partition}:iam::${data.aws_caller_identity.hub.account_id}:root" }
              Condition = {
                ArnLike      = { "aws:PrincipalArn" = local.hub_role_arn }
                StringEquals = { "sts:ExternalId" = var.external_id }
              }
            }]
          }
          Policies = [{
            PolicyName = "costops"
            PolicyDocument = {
              Version = "2012-10-17"
              Statement = [
                # ListClusters has no resource type: AWS only accepts "*".
                { Sid = "FindClustersByTag", Effect = "Allow", Action = ["ecs:ListClusters"], Resource = "*" },
                { Sid = "ReadClusters", Effect = "Allow", Action = ["ecs:DescribeClusters"], Resource = local.cluster_arns },
                # ListServices has no resource type; the ecs:cluster condition scopes it instead.
                { Sid = "ListServicesOfManagedClusters", Effect = "Allow", Action = ["ecs:ListServices"], Resource = "*", Condition = { ArnLike = { "ecs:cluster" = local.cluster_arns } } },
                { Sid = "ReadManagedServices", Effect = "Allow", Action = ["ecs:DescribeServices"], Resource = local.service_arns },
                # DescribeTaskDefinition has no resource-level permissions: AWS only accepts "*".
                { Sid = "TaskSizes", Effect = "Allow", Action = ["ecs:DescribeTaskDefinition"], Resource = "*" },
                # Describe calls of Application Auto Scaling have no resource type: AWS only accepts "*".
                { Sid = "ReadScalableTargets", Effect = "Allow", Action = ["application-autoscaling:DescribeScalableTargets"], Resource = "*" },
                { Sid = "ScaleManagedServices", Effect = "Allow", Action = ["ecs:UpdateService"], Resource = local.service_arns },
                { Sid = "WriteStatusTagOnly", Effect = "Allow", Action = ["ecs:TagResource"], Resource = local.service_arns, Condition = { "ForAllValues:StringEquals" = { "aws:TagKeys" = ["costops:status"] } } },
                { Sid = "SaveAndRestoreScalingBounds", Effect = "Allow", Action = ["application-autoscaling:RegisterScalableTarget"], Resource = local.scalable_arns },
              ]
            }
          }]
        }
      }
    }
    Outputs = { RoleArn = { Value = { "Fn::GetAtt" = ["MemberRole", "Arn"] } } }
  })
}

module "costops" {
  source = "../../"

  # The management account's clusters the Spot manager, report and budget alerts read. With targets the
  # scheduler schedules only the targets (StackSets never deploy to the management account itself).
  cluster_tag         = var.cluster_tag
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
    regions     = var.regions
    targets     = [{ organizational_units = var.organizational_units, cluster_tag = var.cluster_tag }]
  }
}

# Service-managed: StackSets creates the stacks through Organizations' trusted access, no roles to set up
# in the accounts. The role is global, so one stack instance per account (in this region) is enough.
resource "aws_cloudformation_stack_set" "member_role" {
  name             = "costops-member-role"
  description      = "CostOps member role in every account of the scheduled OUs"
  permission_model = "SERVICE_MANAGED"
  capabilities     = ["CAPABILITY_NAMED_IAM"]
  template_body    = local.member_template

  auto_deployment {
    enabled                          = true
    retain_stacks_on_account_removal = false
  }

  # The management account calls as itself; a delegated administrator writes DELEGATED_ADMIN.
  call_as = "SELF"

  lifecycle {
    ignore_changes = [administration_role_arn]
  }
}

resource "aws_cloudformation_stack_set_instance" "member_role" {
  stack_set_name = aws_cloudformation_stack_set.member_role.name
  call_as        = "SELF"

  deployment_targets {
    organizational_unit_ids = var.organizational_units
  }

  operation_preferences {
    failure_tolerance_percentage = 10
    max_concurrent_percentage    = 50
  }
}

output "targets" {
  description = "The OUs the hub schedules and the member role pattern it assumes in their accounts."
  value       = module.costops.targets
}

output "stack_set" {
  description = "The StackSet deploying the member role; aws cloudformation list-stack-instances --stack-set-name shows each account."
  value       = aws_cloudformation_stack_set.member_role.name
}
