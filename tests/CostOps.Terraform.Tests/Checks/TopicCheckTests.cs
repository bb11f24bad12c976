using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

[Collection(TerraformCollection.Name)]
public sealed class TopicCheckTests(TerraformFixture terraform)
{
    [SkippableFact]
    public void Problems_Module_TopicHasCustomerManagedKeyAndHttpsOnlyPolicy()
    {
        HclParser.Require();

        NoProblems.Assert(TopicCheck.Problems(terraform.Module));
        Assert.Single(terraform.Module.OfType("aws_sns_topic"));
    }

    [SkippableFact]
    public void Problems_AwsManagedKeyAndNoHttpsPolicy_AreReported()
    {
        HclParser.Require();
        var snippet = TerraformConfiguration.FromText("""
            resource "aws_sns_topic" "this" {
              name              = "costops"
              kms_master_key_id = "alias/aws/sns"
            }
            """);

        var problems = TopicCheck.Problems(snippet);

        Assert.Contains(problems, p => p.Contains("customer-managed aws_kms_key of the module, not alias/aws/sns", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("aws:SecureTransport", StringComparison.Ordinal));
    }
}
