using System.Text.Json;
using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests;

/// <summary>Hub mode: the targets variable reaches the scheduler, the hub may assume only the member roles, and the member role allows what the hub's own fleet statements allow.</summary>
[Collection(TerraformCollection.Name)]
public sealed class TargetsTests(TerraformFixture terraform)
{
    /// <summary>The scheduler's statements that act on the fleet, besides the shared read-only ones.</summary>
    private static readonly string[] SchedulerFleetWrites = ["ScaleManagedServices", "WriteStatusTagOnly", "SaveAndRestoreScalingBounds"];

    [SkippableFact]
    public void MemberRole_Statements_AreTheHubsFleetStatementsWithTheSameActionsAndConditions()
    {
        HclParser.Require();
        var hub = Statements(terraform.Module, "read_fleet")
            .Concat(Statements(terraform.Module, "scheduler").Where(s => SchedulerFleetWrites.Contains(s.Sid)))
            .ToDictionary(s => s.Sid, StringComparer.Ordinal);
        var member = Statements(terraform.MemberRole, "member").Where(s => s.Sid != "OperatorKeepRunningTag").ToDictionary(s => s.Sid, StringComparer.Ordinal);

        Assert.Equal(hub.Keys.Order(StringComparer.Ordinal), member.Keys.Order(StringComparer.Ordinal));
        Assert.All(hub, h =>
        {
            Assert.Equal(h.Value.Actions, member[h.Key].Actions);
            Assert.Equal(h.Value.ConditionTests, member[h.Key].ConditionTests);
        });
    }

    /// <summary>The organization example writes the member role as a StackSet template: the same statements, by sid and actions.</summary>
    [SkippableFact]
    public void OrganizationExample_StackSetTemplate_HasTheMemberRolesStatements()
    {
        HclParser.Require();
        var example = terraform.Callers.Single(c => c.Directory!.EndsWith("organization", StringComparison.Ordinal));
        var text = string.Concat(example.Texts.Values);

        Assert.All(Statements(terraform.MemberRole, "member").Where(s => s.Sid != "OperatorKeepRunningTag"), s =>
            Assert.Contains($"Sid = \"{s.Sid}\", Effect = \"Allow\", Action = [{string.Join(", ", s.Actions.Select(a => $"\"{a}\""))}]", text, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void MemberRole_Trust_OnlyTheHubRolesOfTheHubAccountWithTheExternalId()
    {
        HclParser.Require();
        var trust = Assert.Single(Statements(terraform.MemberRole, "trust"));

        Assert.Equal(["sts:AssumeRole"], trust.Actions);
        var principal = Assert.Single(HclBlock.NestedBlocks(trust.Body, "principals"));
        Assert.Equal("""["arn:${local.partition}:iam::${local.hub_account_id}:root"]""", HclBlock.Text(HclBlock.Get(principal, "identifiers")));
        var conditions = HclBlock.NestedBlocks(trust.Body, "condition");
        Assert.Contains(conditions, c => HclBlock.Text(HclBlock.Get(c, "variable")) == "aws:PrincipalArn" && HclBlock.Text(HclBlock.Get(c, "values"))!.Contains("var.hub_role_arns", StringComparison.Ordinal));
        Assert.Contains(conditions, c => HclBlock.Text(HclBlock.Get(c, "variable")) == "sts:ExternalId" && HclBlock.Text(HclBlock.Get(c, "test")) == "StringEquals");
    }

    [SkippableFact]
    public void HubScheduler_AssumesOnlyTheMemberRolesAndListsOrganizationsOnlyWithOrganizationalUnits()
    {
        HclParser.Require();
        var statements = Statements(terraform.Module, "scheduler");

        var assume = Assert.Single(statements, s => s.Actions.Contains("sts:AssumeRole"));
        Assert.Equal(["sts:AssumeRole"], assume.Actions);
        Assert.Equal("${local.member_role_arns}", HclBlock.Text(HclBlock.Get(assume.Body, "resources")));
        Assert.Equal("${local.hub_mode ? [1] : []}", Generator(terraform.Module, "scheduler", "AssumeMemberRoles"));
        Assert.Equal("${length(local.member_ous) > 0 ? [1] : []}", Generator(terraform.Module, "scheduler", "ListOrganizationalUnitAccounts"));
        Assert.DoesNotContain(statements.SelectMany(s => s.Actions), a => a.StartsWith("organizations:", StringComparison.Ordinal) && a is not ("organizations:ListAccountsForParent" or "organizations:ListOrganizationalUnitsForParent"));
    }

    /// <summary>With targets the scheduler reaches fleets only through member roles: its own ECS statements and cluster variables go.</summary>
    [SkippableFact]
    public void HubScheduler_WithTargets_HasNoEcsStatementsOrClusterVariablesOfItsOwn()
    {
        HclParser.Require();
        var scheduler = terraform.Module.DataSources.Single(d => d.Type == "aws_iam_policy_document" && d.Name == "scheduler");
        var environment = terraform.Module.Locals["environment"].GetProperty("scheduler");

        Assert.All(SchedulerFleetWrites, sid => Assert.Equal("${local.hub_mode ? [] : [1]}", Generator(terraform.Module, "scheduler", sid)));
        Assert.Contains("local.hub_mode ? [] : [data.aws_iam_policy_document.read_fleet.json]", HclBlock.Text(scheduler.Attribute("source_policy_documents")), StringComparison.Ordinal);
        Assert.StartsWith("${!local.hub_mode && ", HclBlock.Text(HclBlock.Get(environment, "COSTOPS_CLUSTERS")), StringComparison.Ordinal);
        Assert.StartsWith("${!local.hub_mode && ", HclBlock.Text(HclBlock.Get(environment, "COSTOPS_CLUSTER_TAG")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void SchedulerEnvironment_TargetsJsonUsesTheSharedFieldNames()
    {
        HclParser.Require();
        var scheduler = terraform.Module.Locals["environment"].GetProperty("scheduler");
        var json = HclBlock.Text(terraform.Module.Locals["targets_json"])!;

        Assert.Equal("${local.targets_json}", HclBlock.Text(HclBlock.Get(scheduler, "COSTOPS_TARGETS")));
        foreach (var field in new[] { "role", "externalId", "regions", "targets", "accounts", "organizationalUnits", "clusters", "clusterTag" })
        {
            Assert.Contains($"{field} ", json, StringComparison.Ordinal);
        }

        Assert.StartsWith("${!local.hub_mode ? null :", json, StringComparison.Ordinal);
    }

    /// <summary>
    /// What jsonencode(local.targets_json) gives for the tftest's hub (keys sorted, empty fields left out) is what the
    /// scheduler reads, and the role it assumes is one the hub's policy names.
    /// </summary>
    [Fact]
    public void TargetsJson_AsTheModuleWritesIt_IsReadByTheScheduler()
    {
        const string Json = """{"externalId":"3f9a6c1e8d2b47a0","regions":["eu-west-1","us-east-1"],"role":"costops-member","targets":[{"accounts":["111111111111","222222222222"],"clusters":["app"]},{"clusterTag":"costops=on","organizationalUnits":["ou-ab12-cdef3456"],"regions":["eu-west-1"]}]}""";

        var targets = CostOps.Core.Targets.TargetConfiguration.FromJson(Json)!;

        Assert.Equal("3f9a6c1e8d2b47a0", targets.ExternalId);
        Assert.Equal(2, targets.Targets.Count);
        Assert.Equal(["ou-ab12-cdef3456"], targets.OrganizationalUnits);
        Assert.Equal("arn:aws:iam::111111111111:role/costops-member", targets.RoleArnFor("111111111111"));
    }

    private sealed record Statement(string Sid, string[] Actions, string[] ConditionTests, JsonElement Body);

    private static List<Statement> Statements(TerraformConfiguration configuration, string document)
    {
        var block = configuration.DataSources.Single(d => d.Type == "aws_iam_policy_document" && d.Name == document);
        return block.Blocks("statement").Select(s => new Statement(
            HclBlock.Text(HclBlock.Get(s, "sid")) ?? string.Empty,
            HclBlock.Get(s, "actions") is { ValueKind: JsonValueKind.Array } actions ? [.. actions.EnumerateArray().Select(a => a.GetString()!).Order(StringComparer.Ordinal)] : [],
            [.. HclBlock.NestedBlocks(s, "condition").Select(c => $"{HclBlock.Text(HclBlock.Get(c, "test"))} {HclBlock.Text(HclBlock.Get(c, "variable"))}").Order(StringComparer.Ordinal)],
            s)).ToList();
    }

    /// <summary>The for_each of the dynamic statement with that sid.</summary>
    private static string? Generator(TerraformConfiguration configuration, string document, string sid)
    {
        var block = configuration.DataSources.Single(d => d.Type == "aws_iam_policy_document" && d.Name == document);
        return HclBlock.Get(block.Body, "dynamic") is { } dynamic && HclBlock.Get(dynamic, "statement") is { ValueKind: JsonValueKind.Array } generators
            ? generators.EnumerateArray()
                .Where(g => HclBlock.NestedBlocks(g, "content").Any(c => HclBlock.Text(HclBlock.Get(c, "sid")) == sid))
                .Select(g => HclBlock.Text(HclBlock.Get(g, "for_each")))
                .SingleOrDefault()
            : null;
    }
}
