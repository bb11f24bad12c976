using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

[Collection(TerraformCollection.Name)]
public sealed class ReferenceCheckTests(TerraformFixture terraform)
{
    private static readonly ProviderSchema Schema = ProviderSchema.Load(RepositoryPaths.SchemaFile);

    [SkippableFact]
    public void Problems_Module_EveryReferenceNamesSomethingDeclared()
    {
        HclParser.Require();

        NoProblems.Assert(ReferenceCheck.Problems(terraform.Module, Schema));
    }

    [SkippableFact]
    public void Problems_MemberRole_EveryReferenceNamesSomethingDeclared()
    {
        HclParser.Require();

        NoProblems.Assert(ReferenceCheck.Problems(terraform.MemberRole, Schema));
    }

    [SkippableFact]
    public void Problems_OutputOfAModuleNotDeclared_IsReported()
    {
        HclParser.Require();
        var snippet = TerraformConfiguration.FromText("""output "x" { value = [module.member.role_arn, module.other.role_arn] }""");
        var member = TerraformConfiguration.FromText("""output "role_arn" { value = "a" }""");

        var problems = ReferenceCheck.Problems(snippet, Schema, new Dictionary<string, TerraformConfiguration> { ["member"] = member });

        Assert.Equal(["output.x (snippet.tf): module.other is not declared"], problems);
    }

    [SkippableFact]
    public void Problems_DeployAndExamples_ReadOnlyOutputsTheModuleHas()
    {
        HclParser.Require();

        Assert.All(terraform.Callers, caller => NoProblems.Assert(ReferenceCheck.Problems(caller, Schema, terraform.CalledModules(caller))));
    }

    [SkippableFact]
    public void Problems_UndeclaredNamesAndUnknownAttributes_AreReported()
    {
        HclParser.Require();
        var snippet = TerraformConfiguration.FromText("""
            data "aws_region" "current" {}
            resource "aws_sns_topic" "this" {
              name = "${var.nam}-${local.missing}-${data.aws_region.current.nam}"
            }
            output "x" {
              value = [aws_sns_topic.this.arn, aws_sns_topic.that.arn, aws_sns_topic.this.arnn, module.costops.nothing]
            }
            """);
        var module = TerraformConfiguration.FromText("""output "topic_arn" { value = "a" }""");

        var problems = ReferenceCheck.Problems(snippet, Schema, module);

        Assert.Equal(
            [
                "aws_sns_topic.this (snippet.tf): data.aws_region.current has no attribute nam",
                "aws_sns_topic.this (snippet.tf): local.missing is not defined",
                "aws_sns_topic.this (snippet.tf): var.nam is not declared",
                "output.x (snippet.tf): aws_sns_topic.that is not declared",
                "output.x (snippet.tf): aws_sns_topic.this has no attribute arnn",
                "output.x (snippet.tf): the module has no output nothing",
            ],
            problems);
    }
}
