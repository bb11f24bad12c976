using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

[Collection(TerraformCollection.Name)]
public sealed class ModuleCallCheckTests(TerraformFixture terraform)
{
    [SkippableFact]
    public void Problems_DeployAndExamples_PassOnlyDeclaredInputs()
    {
        HclParser.Require();

        Assert.All(terraform.Callers, caller => NoProblems.Assert(ModuleCallCheck.Problems(terraform.Module, caller)));
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
