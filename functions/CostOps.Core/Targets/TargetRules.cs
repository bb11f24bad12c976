using System.Text.RegularExpressions;

namespace CostOps.Core.Targets;

/// <summary>
/// What an account id, a region, an Organizational Unit id, a role and an external id must look like in
/// <c>COSTOPS_TARGETS</c> and in worker events. Each check returns what is wrong, or null.
/// </summary>
public static partial class TargetRules
{
    /// <summary>The longest region name accepted; keeps the per-target wake-up schedule name within EventBridge Scheduler's 64 characters.</summary>
    public const int MaxRegionLength = 25;

    public const string AccountExpected = "an AWS account id of exactly 12 digits, e.g. 111111111111";

    public const string RegionExpected = "an AWS Region such as eu-west-1 or us-gov-west-1 (lower-case letters, dashes and a final digit, at most 25 characters)";

    public const string OrganizationalUnitExpected = "an Organizational Unit id such as ou-ab12-cdef3456 (ou-, 4 to 32 lower-case letters or digits, -, 8 to 32 lower-case letters or digits)";

    public const string RoleExpected = "a role name (up to 64 letters, digits and + = , . @ _ -), the same in every member account, e.g. costops-member; "
        + "or a role ARN with {account} where the account id goes, e.g. arn:aws:iam::{account}:role/costops-member";

    public const string ExternalIdExpected = "2 to 1224 letters, digits and + = , . @ : / _ -";

    public static string? AccountProblem(string? value) =>
        value is { Length: 12 } && value.All(char.IsAsciiDigit) ? null : AccountExpected;

    public static string? RegionProblem(string? value) =>
        value is { Length: > 0 and <= MaxRegionLength } && Region().IsMatch(value) ? null : RegionExpected;

    public static string? OrganizationalUnitProblem(string? value) =>
        value is { Length: <= 68 } && OrganizationalUnit().IsMatch(value) ? null : OrganizationalUnitExpected;

    public static string? RoleProblem(string? value) =>
        value is not null && (RoleName().IsMatch(value) || (value.Length <= 2048 && RoleArnTemplate().IsMatch(value))) ? null : RoleExpected;

    public static string? ExternalIdProblem(string? value) =>
        value is { Length: >= 2 and <= 1224 } && ExternalId().IsMatch(value) ? null : ExternalIdExpected;

    /// <summary>The role to assume in <paramref name="accountId"/>: a name becomes <c>arn:aws:iam::&lt;account&gt;:role/&lt;name&gt;</c>.</summary>
    public static string RoleArn(string role, string accountId) =>
        role.StartsWith("arn:", StringComparison.Ordinal)
            ? role.Replace("{account}", accountId, StringComparison.Ordinal)
            : $"arn:aws:iam::{accountId}:role/{role}";

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d$", RegexOptions.CultureInvariant)]
    private static partial Regex Region();

    [GeneratedRegex("^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganizationalUnit();

    [GeneratedRegex(@"^[A-Za-z0-9+=,.@_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleName();

    [GeneratedRegex(@"^arn:aws(-cn|-us-gov)?:iam::\{account\}:role/([A-Za-z0-9+=,.@_-]+/)*[A-Za-z0-9+=,.@_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleArnTemplate();

    [GeneratedRegex(@"^[A-Za-z0-9+=,.@:/_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ExternalId();
}
