using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

[Collection(TerraformCollection.Name)]
public sealed class IamCheckTests(TerraformFixture terraform)
{
    [SkippableFact]
    public void Problems_Module_NoWildcardActionAndEveryWildcardResourceCommented()
    {
        HclParser.Require();

        NoProblems.Assert(IamCheck.Problems(terraform.Module));
    }

    [SkippableFact]
    public void Problems_MemberRoleAndExamples_NoWildcardActionAndEveryWildcardResourceCommented()
    {
        HclParser.Require();

        NoProblems.Assert(IamCheck.Problems(terraform.MemberRole));
        Assert.All(terraform.Callers, caller => NoProblems.Assert(IamCheck.Problems(caller)));
    }

    [SkippableFact]
    public void Problems_Module_HasPolicyDocumentsToCheck()
    {
        HclParser.Require();

        Assert.True(terraform.Module.OfType("aws_iam_policy_document").Count() >= 5);
    }

    [SkippableFact]
    public void Problems_WildcardActions_AreReported()
    {
        HclParser.Require();
        var snippet = TerraformConfiguration.FromText("""
            data "aws_iam_policy_document" "x" {
              statement {
                actions   = ["*"]
                resources = ["arn:aws:s3:::b"]
              }
              dynamic "statement" {
                for_each = [1]
                content {
                  actions   = ["ecs:*"]
                  resources = ["arn:aws:ecs:eu-west-1:1:cluster/a"]
                }
              }
              statement {
                not_actions = ["iam:CreateUser"]
                resources   = ["arn:aws:s3:::b"]
              }
            }
            locals {
              inline = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "arn:aws:s3:::b" }] })
            }
            """);

        var problems = IamCheck.Problems(snippet);

        Assert.Contains(problems, p => p.Contains("action \"*\" allows every action", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("action \"ecs:*\" allows every action", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("not_actions in an Allow statement", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("snippet.tf:19: a policy allows a \"*\" action", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Problems_WildcardResourceWithoutComment_IsReported()
    {
        HclParser.Require();
        var snippet = TerraformConfiguration.FromText("""
            data "aws_iam_policy_document" "x" {
              statement {
                actions   = ["ce:GetCostAndUsage"]
                resources = ["*"]
              }
              statement {
                actions = ["ecs:ListClusters"]
                # ListClusters has no resource type.
                resources = ["*"]
              }
              statement {
                actions   = ["ecs:DescribeTaskDefinition"]
                resources = ["*"] # no resource-level permissions
              }
            }
            """);

        var problems = IamCheck.Problems(snippet);

        Assert.Equal(["snippet.tf:4: \"*\" resource without a comment saying why AWS requires it: resources = [\"*\"]"], problems);
    }
}
