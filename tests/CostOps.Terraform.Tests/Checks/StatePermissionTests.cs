using System.Text.RegularExpressions;
using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>
/// Every DynamoDB operation the state store code calls is allowed by the functions' "State" statement, so a
/// new call (a batch read, an update) cannot reach a deployment whose role denies it.
/// </summary>
public sealed partial class StatePermissionTests
{
    [Fact]
    public void StateStatement_EveryDynamoDbOperationTheCodeCalls_IsAllowed()
    {
        var called = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "functions", "CostOps.Aws", "State"), "*.cs")
            .SelectMany(f => ClientCall().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var allowed = AllowedActions(File.ReadAllText(Path.Combine(RepositoryPaths.Module, "iam.tf")));

        Assert.Contains("PutItem", called);
        Assert.Empty(called.Where(op => !allowed.Contains($"dynamodb:{op}")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AllowedActions_StatementWithoutAnOperation_DoesNotListIt()
    {
        var allowed = AllowedActions("""
            statement {
              sid       = "State"
              actions   = ["dynamodb:GetItem", "dynamodb:PutItem"]
              resources = [local.table_arn]
            }
            """);

        Assert.DoesNotContain("dynamodb:BatchGetItem", allowed);
        Assert.Contains("dynamodb:PutItem", allowed);
    }

    private static HashSet<string> AllowedActions(string iam)
    {
        var statement = StateStatement().Match(iam);
        Assert.True(statement.Success, "iam.tf has no statement with sid \"State\"");
        return Action().Matches(statement.Groups[1].Value).Select(m => m.Value.Trim('"')).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"_client\.([A-Za-z]+)Async\(")]
    private static partial Regex ClientCall();

    [GeneratedRegex("sid\\s*=\\s*\"State\"\\s*\\n\\s*actions\\s*=\\s*\\[([^\\]]*)\\]")]
    private static partial Regex StateStatement();

    [GeneratedRegex("\"dynamodb:[A-Za-z]+\"")]
    private static partial Regex Action();
}
