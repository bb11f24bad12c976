# Waking (var.wake.enabled): the wake function behind a Lambda target group that the scheduler points the
# listener rules of stopped, opted-in services at, and a function URL (AWS_IAM auth) for scripts and chat tools.
#
# Health checks of the services' own target groups decide how soon a woken service gets its traffic back:
# the scheduler restores a rule only once a target is healthy. With the defaults (interval 30 s, healthy
# threshold 5) a started task waits 2.5 minutes after it answers; with interval 10 s and healthy threshold 2
# it waits 20 seconds. For woken services set, on their aws_lb_target_group:
#
#   health_check {
#     interval            = 10
#     healthy_threshold   = 2
#     unhealthy_threshold = 2
#     timeout             = 5
#   }

resource "aws_lb_target_group" "wake" {
  count = var.wake.enabled ? 1 : 0

  name        = substr("${var.name}-wake", 0, 32)
  target_type = "lambda"
  tags        = merge(local.tags, { "costops:wake" = "target" })
}

resource "aws_lambda_permission" "wake_from_load_balancer" {
  count = var.wake.enabled ? 1 : 0

  statement_id  = "AllowLoadBalancer"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.this["wake"].function_name
  principal     = "elasticloadbalancing.amazonaws.com"
  source_arn    = aws_lb_target_group.wake[0].arn
}

resource "aws_lb_target_group_attachment" "wake" {
  count = var.wake.enabled ? 1 : 0

  target_group_arn = aws_lb_target_group.wake[0].arn
  target_id        = aws_lambda_function.this["wake"].arn
  depends_on       = [aws_lambda_permission.wake_from_load_balancer]
}

resource "aws_lambda_function_url" "wake" {
  count = var.wake.enabled ? 1 : 0

  function_name      = aws_lambda_function.this["wake"].function_name
  authorization_type = "AWS_IAM"
}

resource "aws_lambda_permission" "wake_url" {
  for_each = var.wake.enabled ? toset(var.wake.url_principals) : toset([])

  statement_id           = "AllowFunctionUrl${substr(sha256(each.value), 0, 12)}"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = aws_lambda_function.this["wake"].function_name
  principal              = each.value
  function_url_auth_type = "AWS_IAM"
}
