using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests;

/// <summary>What make deploy's pre-flight and self-check rely on in terraform/deploy.</summary>
[Collection(TerraformCollection.Name)]
public sealed class DeployContractTests(TerraformFixture terraform)
{
    private static readonly string[] Outputs =
    [
        "self_check_command", "scheduler_function_name", "cost_report_function_name", "budget_alerts_function_name",
        "spot_manager_function_name", "table_name", "topic_arn", "dashboard_url",
    ];

    [SkippableFact]
    public void Deploy_DeclaresTheVariablesThePreflightReads()
    {
        HclParser.Require();
        var deploy = terraform.Callers[0];
        var variables = deploy.Variables.ToDictionary(v => v.Name, StringComparer.Ordinal);

        Assert.Equal("${string}", variables["region"].Attribute("type")?.ToString());
        Assert.Equal("${list(string)}", variables["clusters"].Attribute("type")?.ToString());
        Assert.Equal("${string}", variables["cluster_tag"].Attribute("type")?.ToString());
        Assert.Equal("${list(string)}", variables["notification_emails"].Attribute("type")?.ToString());
    }

    [SkippableFact]
    public void DeployAndModule_HaveTheOutputsTheSelfCheckReads()
    {
        HclParser.Require();

        Assert.All(Outputs, name => Assert.Contains(terraform.Callers[0].Outputs, o => o.Name == name));
        Assert.All(Outputs, name => Assert.Contains(terraform.Module.Outputs, o => o.Name == name));
    }

    [SkippableFact]
    public void Deploy_ConfiguresTheProviderRegionAndCallsTheModule()
    {
        HclParser.Require();
        var text = string.Join('\n', terraform.Callers[0].Texts.Values);

        Assert.Contains("region = var.region", text, StringComparison.Ordinal);
        Assert.Equal("../", Assert.Single(terraform.Callers[0].Modules).Attribute("source")?.ToString());
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Module, "deploy", "terraform.tfvars.example")));
    }
}
