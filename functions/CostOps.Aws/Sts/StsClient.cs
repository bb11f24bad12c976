using System.Globalization;
using System.Xml.Linq;
using CostOps.Aws.Http;

namespace CostOps.Aws.Sts;

/// <summary>STS over the Query protocol: form parameters in, XML out (<c>AssumeRoleResponse/AssumeRoleResult</c>).</summary>
public sealed class StsClient(IAwsTransport transport) : IStsClient
{
    /// <summary>The model's xmlNamespace.</summary>
    internal static readonly XNamespace ResponseNamespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    private readonly IAwsTransport _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    public async Task<AssumedRole> AssumeRoleAsync(AssumeRoleRequest request, CancellationToken cancellationToken)
    {
        var parameters = BuildParameters(request);
        var document = await _transport.InvokeQueryAsync(AwsServices.Sts, "AssumeRole", parameters, cancellationToken).ConfigureAwait(false);
        return ReadAssumedRole(document, request.RoleArn);
    }

    internal static IReadOnlyList<KeyValuePair<string, string>> BuildParameters(AssumeRoleRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = AssumeRoleRules.Problems(request);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"STS AssumeRole of '{request.RoleArn}' not sent: {string.Join(" ", problems)}", nameof(request));
        }

        var parameters = new List<KeyValuePair<string, string>>
        {
            new("RoleArn", request.RoleArn),
            new("RoleSessionName", request.RoleSessionName),
        };
        if (request.ExternalId is not null)
        {
            parameters.Add(new("ExternalId", request.ExternalId));
        }

        if (request.DurationSeconds is { } duration)
        {
            parameters.Add(new("DurationSeconds", duration.ToString(CultureInfo.InvariantCulture)));
        }

        return parameters;
    }

    internal static AssumedRole ReadAssumedRole(XDocument document, string roleArn)
    {
        var result = document.Root?.Element(ResponseNamespace + "AssumeRoleResult")
            ?? throw Incomplete(roleArn, $"no AssumeRoleResponse/AssumeRoleResult (root element '{document.Root?.Name}')");
        var credentials = result.Element(ResponseNamespace + "Credentials") ?? throw Incomplete(roleArn, "no Credentials");
        var expiration = Text(credentials, "Expiration", roleArn);
        if (!DateTimeOffset.TryParse(expiration, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var expires))
        {
            throw Incomplete(roleArn, $"Credentials/Expiration '{expiration}' is not an ISO 8601 time");
        }

        return new AssumedRole(
            Text(credentials, "AccessKeyId", roleArn),
            Text(credentials, "SecretAccessKey", roleArn),
            Text(credentials, "SessionToken", roleArn),
            expires,
            result.Element(ResponseNamespace + "AssumedRoleUser")?.Element(ResponseNamespace + "Arn")?.Value.Trim() ?? string.Empty);
    }

    private static string Text(XElement parent, string name, string roleArn) =>
        parent.Element(ResponseNamespace + name) is { Value.Length: > 0 } element
            ? element.Value.Trim()
            : throw Incomplete(roleArn, $"Credentials/{name} is missing or empty");

    private static InvalidDataException Incomplete(string roleArn, string what) =>
        new($"STS AssumeRole of '{roleArn}' answered without usable credentials: {what}.");
}
