using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CostOps.Simulator;

/// <summary>
/// STS AssumeRole over the Query protocol for a <see cref="SimulatedOrganization"/>: refuses roles of accounts outside
/// the organisation, a wrong or missing external id and denied accounts with AWS' AccessDenied wording; issues keys tied
/// to the role's account. Called under the organisation's gate.
/// </summary>
internal sealed partial class StsApi(SimulatedOrganization organization)
{
    private static readonly XNamespace Ns = "https://sts.amazonaws.com/doc/2011-06-15/";
    private int _issued;

    public byte[] Handle(byte[] body, string callerAccount, DateTimeOffset now)
    {
        var form = SimForm.Parse(Encoding.UTF8.GetString(body));
        var action = form.GetValueOrDefault("Action");
        if (action != "AssumeRole")
        {
            throw new SimulatorError("InvalidAction", $"The simulated STS does not implement {action}.");
        }

        var roleArn = form.GetValueOrDefault("RoleArn") ?? throw Validation("roleArn", "null", "Member must not be null");
        var session = form.GetValueOrDefault("RoleSessionName") ?? throw Validation("roleSessionName", "null", "Member must not be null");
        if (!SessionName().IsMatch(session))
        {
            throw Validation("roleSessionName", session, @"Member must satisfy regular expression pattern: [\w+=,.@-]* and have length between 2 and 64");
        }

        var duration = 3600;
        if (form.TryGetValue("DurationSeconds", out var text) && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out duration) || duration is < 900 or > 43200))
        {
            throw Validation("durationSeconds", text, "Member must have value between 900 and 43200");
        }

        var match = RoleArnPattern().Match(roleArn);
        if (!match.Success)
        {
            throw Validation("roleArn", roleArn, "Member must be an IAM role ARN");
        }

        var account = match.Groups["account"].Value;
        var refused = !organization.Tree.IsMember(account)
            || organization.Sessions.IsDenied(account)
            || (organization.MemberRoleName is { } role && match.Groups["name"].Value != role)
            || (organization.ExternalId is { } expected && form.GetValueOrDefault("ExternalId") != expected);
        if (refused)
        {
            throw new SimulatorError(
                "AccessDenied",
                $"User: arn:aws:sts::{callerAccount}:assumed-role/costops/simulated is not authorized to perform: sts:AssumeRole on resource: {roleArn}",
                HttpStatusCode.Forbidden);
        }

        var n = ++_issued;
        var key = string.Create(CultureInfo.InvariantCulture, $"ASIA{account}{n:D4}");
        var expiration = now.AddSeconds(duration);
        organization.Sessions.Issue(key, account, expiration);
        var xml = new XElement(Ns + "AssumeRoleResponse",
            new XElement(Ns + "AssumeRoleResult",
                new XElement(Ns + "AssumedRoleUser",
                    new XElement(Ns + "Arn", $"arn:aws:sts::{account}:assumed-role/{match.Groups["name"].Value}/{session}"),
                    new XElement(Ns + "AssumedRoleId", string.Create(CultureInfo.InvariantCulture, $"AROASIMULATED{n:D6}:{session}"))),
                new XElement(Ns + "Credentials",
                    new XElement(Ns + "AccessKeyId", key),
                    new XElement(Ns + "SecretAccessKey", $"simulated/secret/{key}"),
                    new XElement(Ns + "SessionToken", $"simulated-session-token-{key}"),
                    new XElement(Ns + "Expiration", expiration.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)))),
            new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-{n:D12}"))));
        return Encoding.UTF8.GetBytes(xml.ToString(SaveOptions.DisableFormatting));
    }

    public static byte[] Error(string code, string message) =>
        Encoding.UTF8.GetBytes(new XElement(Ns + "ErrorResponse",
            new XElement(Ns + "Error", new XElement(Ns + "Type", "Sender"), new XElement(Ns + "Code", code), new XElement(Ns + "Message", message)),
            new XElement(Ns + "RequestId", "0")).ToString(SaveOptions.DisableFormatting));

    private static SimulatorError Validation(string member, string value, string constraint) =>
        new("ValidationError", $"1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: {constraint}");

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@-]{2,64}\z")]
    private static partial Regex SessionName();

    [GeneratedRegex(@"^arn:aws:iam::(?<account>[0-9]{12}):role/(?:[A-Za-z0-9_+=,.@-]+/)*(?<name>[A-Za-z0-9_+=,.@-]+)\z")]
    private static partial Regex RoleArnPattern();
}
