using System.Text.Json;
using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>
/// Every SNS topic is encrypted with a customer-managed KMS key of the module (AWS services cannot publish
/// to a topic under the AWS-managed aws/sns key), and its policy denies publishing without HTTPS.
/// </summary>
public static class TopicCheck
{
    public static IReadOnlyList<string> Problems(TerraformConfiguration configuration)
    {
        var problems = new List<string>();
        foreach (var topic in configuration.OfType("aws_sns_topic").Where(b => b.Kind == "resource"))
        {
            var key = topic.Attribute("kms_master_key_id") is { ValueKind: JsonValueKind.String } k ? k.GetString()! : null;
            if (key is null || !key.Contains("aws_kms_key.", StringComparison.Ordinal))
            {
                problems.Add($"{topic.Address} ({topic.File}): kms_master_key_id must be a customer-managed aws_kms_key of the module, not {key ?? "unset"}");
            }
        }

        var httpsOnly = configuration.OfType("aws_iam_policy_document").SelectMany(d => d.Blocks("statement")).Any(s =>
            HclBlock.Get(s, "effect") is { ValueKind: JsonValueKind.String } effect && effect.GetString() == "Deny"
            && HclBlock.Get(s, "actions") is { ValueKind: JsonValueKind.Array } actions
            && actions.EnumerateArray().Any(a => string.Equals(a.GetString(), "SNS:Publish", StringComparison.OrdinalIgnoreCase))
            && HclBlock.NestedBlocks(s, "condition").Any(c => HclBlock.Text(HclBlock.Get(c, "variable")) == "aws:SecureTransport"));
        if (configuration.OfType("aws_sns_topic").Any() && !httpsOnly)
        {
            problems.Add("no topic policy statement denies SNS:Publish when aws:SecureTransport is false (HTTPS only)");
        }

        return problems;
    }
}
