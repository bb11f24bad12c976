using System.Text.Json;
using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

[Collection(TerraformCollection.Name)]
public sealed class EnvironmentCheckTests(TerraformFixture terraform)
{
    /// <summary>
    /// Variables the module may set before the code reads them (none today). When the code starts reading
    /// one, the check fails until its entry is removed here.
    /// </summary>
    private static readonly Dictionary<string, string[]> AheadOfCode = new(StringComparer.Ordinal)
    {
    };

    private static Dictionary<string, CodeVariables> CodeSide()
    {
        using var handlers = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Module, "handlers.json")));
        return handlers.RootElement.EnumerateObject().ToDictionary(h => h.Name, h => CompositionProbe.Probe(h.Value.GetString()!), StringComparer.Ordinal);
    }

    [SkippableFact]
    public void Problems_Module_EachFunctionGetsExactlyTheVariablesItsCodeReads()
    {
        HclParser.Require();

        NoProblems.Assert(EnvironmentCheck.Problems(TerraformEnvironment.Names(terraform.Module), CodeSide(), AheadOfCode));
    }

    [SkippableFact]
    public void WiringProblems_Module_MapsReachTheFunctionsAndTimeoutIsPassedOn()
    {
        HclParser.Require();

        NoProblems.Assert(TerraformEnvironment.WiringProblems(terraform.Module));
    }

    [Fact]
    public void Probe_Scheduler_FindsItsVariablesFromTheCode()
    {
        var scheduler = CodeSide()["scheduler"];

        Assert.Contains("COSTOPS_SCHEDULES", scheduler.Read);
        Assert.Contains("COSTOPS_DEADLINE_MARGIN_SECONDS", scheduler.Read);
        Assert.Contains("COSTOPS_TABLE", scheduler.Required);
        Assert.Contains("COSTOPS_FUNCTION_TIMEOUT_SECONDS", scheduler.Required);
        Assert.DoesNotContain("COSTOPS_DRY_RUN", scheduler.Required);
        Assert.DoesNotContain("COSTOPS_REPORT_BUCKET", scheduler.Read);
    }

    [Fact]
    public void Problems_RequiredMissingIgnoredSetReservedSetAndStaleEntry_AreReported()
    {
        var code = new Dictionary<string, CodeVariables>(StringComparer.Ordinal)
        {
            ["scheduler"] = new(
                new HashSet<string>(["COSTOPS_TABLE", "COSTOPS_NEW", "AWS_REGION", "COSTOPS_SOON"], StringComparer.Ordinal),
                new HashSet<string>(["COSTOPS_TABLE", "COSTOPS_NEW", "AWS_LAMBDA_FUNCTION_NAME"], StringComparer.Ordinal)),
        };
        var terraformSide = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
        {
            ["scheduler"] = new HashSet<string>(["COSTOPS_TABLE", "COSTOPS_OLD", "AWS_REGION", "COSTOPS_SOON"], StringComparer.Ordinal),
            ["reporter"] = new HashSet<string>(["COSTOPS_TABLE"], StringComparer.Ordinal),
        };

        var problems = EnvironmentCheck.Problems(terraformSide, code, new Dictionary<string, string[]> { ["scheduler"] = ["COSTOPS_SOON"] });

        Assert.Equal(
            [
                "reporter: local.environment has an entry for a function handlers.json does not list",
                "scheduler: the code requires COSTOPS_NEW, but Terraform does not set it (add it to local.environment.scheduler in terraform/functions.tf)",
                "scheduler: Terraform sets COSTOPS_OLD, but the function's code never reads it (remove it, or read it in the composition)",
                "scheduler: Terraform sets AWS_REGION, a name Lambda reserves for itself (it rejects the function)",
                "scheduler: the code now reads COSTOPS_SOON: remove it from the variables set ahead of the code in the test",
            ],
            problems);
    }

    [SkippableFact]
    public void WiringProblems_TimeoutNotPassedOnAndEnvironmentNotWired_AreReported()
    {
        HclParser.Require();
        var snippet = TerraformConfiguration.FromText("""
            locals {
              environment = {
                scheduler = { COSTOPS_FUNCTION_TIMEOUT_SECONDS = "900" }
              }
            }
            resource "aws_lambda_function" "this" {
              timeout = 900
              environment {
                variables = local.environment["scheduler"]
              }
            }
            """);

        var problems = TerraformEnvironment.WiringProblems(snippet);

        Assert.Contains("local.function_environment must be derived from local.environment", problems);
        Assert.Contains(problems, p => p.StartsWith("aws_lambda_function.this: environment.variables must be local.function_environment[each.key]", StringComparison.Ordinal));
        Assert.Contains("aws_lambda_function.this: timeout must be var.timeout_seconds[each.key]", problems);
        Assert.Contains(problems, p => p.StartsWith("local.environment.scheduler.COSTOPS_FUNCTION_TIMEOUT_SECONDS must be ${tostring(var.timeout_seconds.scheduler)}", StringComparison.Ordinal));
    }
}
