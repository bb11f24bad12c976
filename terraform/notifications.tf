locals {
  # AWS services that publish to the topic. They cannot use the AWS-managed aws/sns key, hence the
  # customer-managed key below.
  publishing_services = [
    "cloudwatch.amazonaws.com", # alarms on errors and on the dead-letter queues
    "budgets.amazonaws.com",    # native budget notifications (opt-in backstop)
    "costalerts.amazonaws.com", # Cost Anomaly Detection
  ]
}

data "aws_iam_policy_document" "topic_key" {
  statement {
    sid = "AccountAdministersKeyThroughIam"
    # Actions IAM policies in this account may grant on the key: administration, and the data-key calls
    # the functions need to publish to the encrypted topic.
    actions = [
      "kms:CancelKeyDeletion",
      "kms:CreateAlias",
      "kms:Decrypt",
      "kms:DeleteAlias",
      "kms:DescribeKey",
      "kms:DisableKey",
      "kms:DisableKeyRotation",
      "kms:EnableKey",
      "kms:EnableKeyRotation",
      "kms:GenerateDataKey",
      "kms:GetKeyPolicy",
      "kms:GetKeyRotationStatus",
      "kms:ListGrants",
      "kms:ListResourceTags",
      "kms:PutKeyPolicy",
      "kms:RevokeGrant",
      "kms:ScheduleKeyDeletion",
      "kms:TagResource",
      "kms:UntagResource",
      "kms:UpdateAlias",
      "kms:UpdateKeyDescription",
    ]
    resources = ["*"] # In a key policy "*" means this key; AWS requires it.

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
    }
  }

  # No source-account condition here: not every service sends one with the key request SNS makes on its
  # behalf. The topic policy below, which every publish passes first, limits them to this account.
  statement {
    sid       = "ServicesPublishToEncryptedTopic"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = ["*"] # In a key policy "*" means this key; AWS requires it.

    principals {
      type        = "Service"
      identifiers = local.publishing_services
    }
  }
}

resource "aws_kms_key" "topic" {
  description             = "Encrypts the ${var.name} SNS topic"
  enable_key_rotation     = true
  deletion_window_in_days = 7
  policy                  = data.aws_iam_policy_document.topic_key.json
  tags                    = local.tags
}

resource "aws_kms_alias" "topic" {
  name          = "alias/${var.name}-topic"
  target_key_id = aws_kms_key.topic.key_id
}

resource "aws_sns_topic" "this" {
  name              = var.name
  kms_master_key_id = aws_kms_key.topic.arn
  tags              = local.tags
}

data "aws_iam_policy_document" "topic" {
  statement {
    sid       = "ServicesPublish"
    actions   = ["SNS:Publish"]
    resources = [aws_sns_topic.this.arn]

    principals {
      type        = "Service"
      identifiers = local.publishing_services
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }

  statement {
    sid       = "AccountManagesTopic"
    actions   = ["SNS:GetTopicAttributes", "SNS:SetTopicAttributes", "SNS:Subscribe", "SNS:ListSubscriptionsByTopic", "SNS:Publish"]
    resources = [aws_sns_topic.this.arn]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
    }
  }

  statement {
    sid       = "HttpsOnly"
    effect    = "Deny"
    actions   = ["SNS:Publish"]
    resources = [aws_sns_topic.this.arn]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_sns_topic_policy" "this" {
  arn    = aws_sns_topic.this.arn
  policy = data.aws_iam_policy_document.topic.json
}

resource "aws_sns_topic_subscription" "email" {
  for_each = toset(var.notification_emails)

  topic_arn = aws_sns_topic.this.arn
  protocol  = "email"
  endpoint  = each.value
}
