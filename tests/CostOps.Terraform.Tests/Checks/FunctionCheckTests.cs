using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

[Collection(TerraformCollection.Name)]
public sealed class FunctionCheckTests(TerraformFixture terraform)
{
    private static readonly string[] RunOneAtATime = ["budget_alerts"];

    [SkippableFact]
    public void Problems_Module_FunctionsRuntimeCodeLogsConcurrencyAndFailureDestination()
    {
        HclParser.Require();

        NoProblems.Assert(FunctionCheck.Problems(terraform.Module, RunOneAtATime));
    }

    /// <summary>Alone, the scheduler runs one at a time; with targets its hub run and the workers it starts need room together.</summary>
    [SkippableFact]
    public void ReservedConcurrency_Scheduler_OneWithoutTargetsAndTheWorkersPlusTheHubRunWithThem()
    {
        HclParser.Require();

        var scheduler = HclBlock.Text(HclBlock.Get(terraform.Module.Locals["reserved_concurrency"], "scheduler"));

        Assert.Equal("${var.targets == null ? 1 : var.scheduler_worker_concurrency + 1}", scheduler);
    }

    [SkippableFact]
    public void Problems_WrongRuntimeNoHashNoConcurrencyNoRetention_AreReported()
    {
        HclParser.Require();
        var snippet = TerraformConfiguration.FromText("""
            locals {
              handlers             = { scheduler = "x" }
              reserved_concurrency = { scheduler = 2 }
            }
            resource "aws_lambda_function" "this" {
              for_each      = local.handlers
              function_name = each.key
              role          = "r"
              runtime       = "dotnet8"
              architectures = ["arm64"]
              handler       = each.value
              filename      = "x.zip"
            }
            resource "aws_cloudwatch_log_group" "function" {
              name = "/aws/lambda/x"
            }
            """);

        var problems = FunctionCheck.Problems(snippet, ["scheduler", "budget_alerts"]);

        Assert.Contains(problems, p => p.Contains("runtime must be \"dotnet10\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("architectures must be [\"x86_64\"]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("source_code_hash must be filebase64sha256", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("log_format must be \"JSON\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("reserved_concurrent_executions must come from local.reserved_concurrency", StringComparison.Ordinal));
        Assert.Contains("local.reserved_concurrency.scheduler must be 1: two runs at once would only wait for each other's claims", problems);
        Assert.Contains("local.reserved_concurrency.budget_alerts must be 1: two runs at once would only wait for each other's claims", problems);
        Assert.Contains(problems, p => p.StartsWith("local.handlers must be jsondecode", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no retention_in_days", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("on_failure", StringComparison.Ordinal));
    }
}
