using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

[Collection(TerraformCollection.Name)]
public sealed class ModuleCallCheckTests(TerraformFixture terraform)
{
    [SkippableFact]
    public void Problems_DeployAndExamples_PassOnlyDeclaredInputs()
    {
        HclParser.Require();

        Assert.All(terraform.Callers, caller => NoProblems.Assert(ModuleCallCheck.Problems(caller, call => terraform.Called(caller, call), terraform.Module)));
    }

    [SkippableFact]
    public void Problems_CallOfAnUnknownSourceAndNoCallOfTheModule_AreReported()
    {
        HclParser.Require();
        var module = TerraformConfiguration.FromText("""variable "name" {}""");
        var caller = TerraformConfiguration.FromText("""
            module "other" {
              source = "../elsewhere"
            }
            """);

        var problems = ModuleCallCheck.Problems(caller, _ => null, module);

        Assert.Equal(
            ["snippet.tf: no module block calls the CostOps module", "module.other (snippet.tf): its source is neither the CostOps module nor modules/member-role"],
            problems);
    }

    [SkippableFact]
    public void Called_MultiAccountExample_ResolvesTheCostOpsModuleAndTheMemberRole()
    {
        HclParser.Require();
        var example = terraform.Callers.Single(c => c.Directory!.EndsWith("multi-account", StringComparison.Ordinal));

        var called = terraform.CalledModules(example);

        Assert.Same(terraform.Module, called["costops"]);
        Assert.Same(terraform.MemberRole, called["member_staging"]);
        Assert.Same(terraform.MemberRole, called["member_prod"]);
    }

    [SkippableFact]
    public void Problems_UnknownInputAndMissingRequiredInput_AreReported()
    {
        HclParser.Require();
        var module = TerraformConfiguration.FromText("""
            variable "clusters" {
              type        = list(string)
              description = "c"
            }
            variable "name" {
              type        = string
              description = "n"
              default     = null
            }
            """);
        var caller = TerraformConfiguration.FromText("""
            module "costops" {
              source  = "../"
              cluster = ["dev"]
            }
            """);

        var problems = ModuleCallCheck.Problems(module, caller);

        Assert.Equal(
            ["module.costops (snippet.tf): the module has no input named cluster", "module.costops (snippet.tf): the required input clusters is not passed"],
            problems);
    }
}
