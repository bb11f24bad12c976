using System.Diagnostics;
using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

[Collection(TerraformCollection.Name)]
public sealed class SchemaCheckTests(TerraformFixture terraform)
{
    private static readonly ProviderSchema Schema = ProviderSchema.Load(RepositoryPaths.SchemaFile);

    [SkippableFact]
    public void Problems_Module_EveryTypeArgumentAndBlockIsTheProvidersAndRequiredOnesArePresent()
    {
        HclParser.Require();

        NoProblems.Assert(SchemaCheck.Problems(terraform.Module, Schema));
    }

    [SkippableFact]
    public void Problems_MemberRoleAndCallers_EveryTypeArgumentAndBlockIsTheProviders()
    {
        HclParser.Require();

        NoProblems.Assert(SchemaCheck.Problems(terraform.MemberRole, Schema));
        Assert.All(terraform.Callers, caller => NoProblems.Assert(SchemaCheck.Problems(caller, Schema)));
    }

    [SkippableFact]
    public void Problems_UnknownType_IsReported()
    {
        HclParser.Require();
        var snippet = TerraformConfiguration.FromText("""resource "aws_lambda_functions" "x" { function_name = "a" }""");

        Assert.Contains(SchemaCheck.Problems(snippet, Schema), p => p.Contains("no resource type aws_lambda_functions", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Problems_MisspelledArgumentAndMissingRequired_AreReported()
    {
        HclParser.Require();
        var snippet = TerraformConfiguration.FromText("""
            resource "aws_lambda_function" "x" {
              function_name = "a"
              memory        = 512
            }
            """);

        var problems = SchemaCheck.Problems(snippet, Schema);

        Assert.Contains(problems, p => p.Contains("no argument or block named memory", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("required argument role is missing", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Problems_UnknownArgumentInNestedAndDynamicBlocks_AreReported()
    {
        HclParser.Require();
        var snippet = TerraformConfiguration.FromText("""
            resource "aws_scheduler_schedule" "x" {
              schedule_expression = "rate(1 hour)"
              flexible_time_window { mode = "OFF" }
              target {
                arn      = "a"
                role_arn = "b"
                retry_policy { maximum_retries = 2 }
              }
            }
            data "aws_iam_policy_document" "y" {
              dynamic "statement" {
                for_each = [1]
                content { action = ["s3:GetObject"] }
              }
              dynamic "statements" {
                for_each = [1]
                content {}
              }
            }
            """);

        var problems = SchemaCheck.Problems(snippet, Schema);

        Assert.Contains(problems, p => p.Contains("target.retry_policy: the AWS provider has no argument or block named maximum_retries", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("statement: the AWS provider has no argument or block named action", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("dynamic \"statements\"", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Problems_MissingRequiredBlock_IsReported()
    {
        HclParser.Require();
        var snippet = TerraformConfiguration.FromText("""
            resource "aws_scheduler_schedule" "x" {
              schedule_expression = "rate(1 hour)"
              target {
                arn      = "a"
                role_arn = "b"
              }
            }
            """);

        Assert.Contains(SchemaCheck.Problems(snippet, Schema), p => p.Contains("required block flexible_time_window is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_RecordsItsProvenance()
    {
        var provenance = Schema.Root.GetProperty("provenance");

        Assert.StartsWith("@cdktf/provider-aws@21.", provenance.GetProperty("package").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("hashicorp/aws 6.", provenance.GetProperty("provider").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The committed schema is what the extractor makes from the package; runs where `make terraform-schema` downloaded it.</summary>
    [SkippableFact]
    public void Schema_MatchesThePackage_WhenThePackageIsPresent()
    {
        HclParser.Require();
        var package = Path.Combine(RepositoryPaths.Tools, "provider-aws", "package");
        Skip.IfNot(File.Exists(Path.Combine(package, "package.json")), "SKIPPED: @cdktf/provider-aws is not downloaded (make terraform-schema downloads it)");
        var output = Path.Combine(Path.GetTempPath(), $"costops-schema-{Guid.NewGuid():N}.json");
        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", [Path.Combine(RepositoryPaths.Tools, "extract-aws-schema.js"), package, output, RepositoryPaths.Module])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = RepositoryPaths.Tools,
            })!;
            var error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error);

            Assert.Equal(File.ReadAllText(output), File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "CostOps.Terraform.Tests", "Schema", "aws-provider-schema.json")));
        }
        finally
        {
            File.Delete(output);
        }
    }
}
