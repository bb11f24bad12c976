using System.Globalization;
using System.Text.RegularExpressions;

namespace CostOps.Aws.Sts;

/// <summary>
/// What STS accepts (<c>\w</c> in the model is ASCII: letters, digits and underscore) in an AssumeRole request (the STS API reference and its model, 2011-06-15): checked before
/// sending, so a bad value fails with a message naming it instead of a bare ValidationError from AWS.
/// </summary>
public static partial class AssumeRoleRules
{
    public const int MinDurationSeconds = 900;

    public const int MaxDurationSeconds = 43200;

    public const int MaxSessionNameLength = 64;

    /// <summary>roleSessionNameType: 2-64 characters of <c>[\w+=,.@-]</c>.</summary>
    public static bool IsValidSessionName(string? value) => value is { Length: >= 2 and <= MaxSessionNameLength } && SessionNamePattern().IsMatch(value);

    /// <summary>externalIdType: 2-1224 characters of <c>[\w+=,.@:/-]</c>.</summary>
    public static bool IsValidExternalId(string? value) => value is { Length: >= 2 and <= 1224 } && ExternalIdPattern().IsMatch(value);

    /// <summary>An IAM role ARN in any partition, path allowed: <c>arn:aws:iam::111111111111:role/path/name</c> (arnType: 20-2048 characters).</summary>
    public static bool IsValidRoleArn(string? value) => value is { Length: >= 20 and <= 2048 } && RoleArnPattern().IsMatch(value);

    /// <summary>Every rule <paramref name="request"/> breaks, each naming the member, the value and what is expected; empty when valid.</summary>
    public static IReadOnlyList<string> Problems(AssumeRoleRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        if (!IsValidRoleArn(request.RoleArn))
        {
            problems.Add($"RoleArn '{request.RoleArn}' is not an IAM role ARN; expected arn:aws:iam::<12-digit account>:role/<name>.");
        }

        if (!IsValidSessionName(request.RoleSessionName))
        {
            problems.Add($"RoleSessionName '{request.RoleSessionName}' must be 2 to {MaxSessionNameLength} characters of letters, digits and _+=,.@-.");
        }

        if (request.ExternalId is not null && !IsValidExternalId(request.ExternalId))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"ExternalId ({request.ExternalId.Length} characters) must be 2 to 1224 characters of letters, digits and _+=,.@:/-."));
        }

        if (request.DurationSeconds is { } duration && duration is < MinDurationSeconds or > MaxDurationSeconds)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"DurationSeconds {duration} must be between {MinDurationSeconds} (15 minutes) and {MaxDurationSeconds} (12 hours)."));
        }

        return problems;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@-]+\z")]
    private static partial Regex SessionNamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@:/-]+\z")]
    private static partial Regex ExternalIdPattern();

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9_+=,.@/-]+\z")]
    private static partial Regex RoleArnPattern();
}
