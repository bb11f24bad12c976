using System.Text.Json;
using CostOps.Core.Configuration;

namespace CostOps.Core.Targets;

/// <summary>
/// The accounts and regions a hub scheduler manages (<c>COSTOPS_TARGETS</c>): the role to assume in each member
/// account, an optional external id, default regions and the targets. Build it once at cold start with
/// <see cref="FromJson"/>: an invalid configuration throws, listing every problem with its path, value and what is expected.
/// </summary>
public sealed class TargetConfiguration
{
    public const string EnvironmentVariable = "COSTOPS_TARGETS";

    public const int MaxTargets = 100;
    public const int MaxAccountsPerTarget = 1000;
    public const int MaxOrganizationalUnitsPerTarget = 100;
    public const int MaxRegions = 30;
    public const int MaxClustersPerTarget = 100;

    /// <summary>The most account-regions one hub run starts workers for, listed accounts and accounts found in OUs together.</summary>
    public const int MaxAccountRegions = 5000;

    /// <summary>How COSTOPS_TARGETS looks, for error messages.</summary>
    public const string Expected =
        "targets as JSON, e.g. {\"role\":\"costops-member\",\"externalId\":\"…\",\"regions\":[\"eu-west-1\"],\"targets\":[{\"accounts\":[\"111111111111\"],\"clusters\":[\"app\"]},"
        + "{\"organizationalUnits\":[\"ou-ab12-cdef3456\"],\"clusterTag\":\"costops=on\"}]}, or unset for this account and region only";

    internal TargetConfiguration(string role, string? externalId, IReadOnlyList<string> regions, IReadOnlyList<TargetSpec> targets)
    {
        Role = role;
        ExternalId = externalId;
        Regions = regions;
        Targets = targets;
    }

    /// <summary>A role name, or a role ARN with <c>{account}</c>.</summary>
    public string Role { get; }

    public string? ExternalId { get; }

    /// <summary>The default regions of targets that name none.</summary>
    public IReadOnlyList<string> Regions { get; }

    public IReadOnlyList<TargetSpec> Targets { get; }

    /// <summary>Every Organizational Unit some target names, each once.</summary>
    public IReadOnlyList<string> OrganizationalUnits => [.. Targets.SelectMany(t => t.OrganizationalUnits).Distinct(StringComparer.Ordinal)];

    /// <summary>The role ARN to assume in <paramref name="accountId"/>.</summary>
    public string RoleArnFor(string accountId) => TargetRules.RoleArn(Role, accountId);

    /// <summary>Parses and validates the JSON; null or blank means no targets (single-account mode) and gives null.</summary>
    /// <exception cref="TargetConfigurationException">Every problem found, each with its path, the value and what is expected.</exception>
    public static TargetConfiguration? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException error)
        {
            throw new TargetConfigurationException([JsonErrorText.Describe(error, _ => null) + ": expected " + Expected]);
        }

        using (document)
        {
            return TargetConfigurationReader.Read(document.RootElement);
        }
    }
}
