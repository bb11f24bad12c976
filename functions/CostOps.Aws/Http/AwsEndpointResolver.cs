using System.Globalization;

namespace CostOps.Aws.Http;

/// <summary>
/// Resolves endpoints the way the AWS SDKs do: <c>AWS_ENDPOINT_URL_{SERVICE_ID}</c>, then <c>AWS_ENDPOINT_URL</c>
/// (both ignored when <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true</c>), then the service's global endpoint,
/// then <c>https://{EndpointPrefix}.{region}.amazonaws.com</c> with the region from <c>AWS_REGION</c> or <c>AWS_DEFAULT_REGION</c>.
/// </summary>
public sealed class AwsEndpointResolver
{
    public const string RegionVariable = "AWS_REGION";
    public const string DefaultRegionVariable = "AWS_DEFAULT_REGION";
    public const string EndpointUrlVariable = "AWS_ENDPOINT_URL";
    public const string IgnoreEndpointUrlsVariable = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

    private readonly IReadOnlyDictionary<string, string> _environment;

    /// <param name="environment">Process environment variables (case-sensitive names, as on Linux).</param>
    public AwsEndpointResolver(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _environment = environment;
    }

    /// <summary>The region from <c>AWS_REGION</c>, else <c>AWS_DEFAULT_REGION</c>, else null.</summary>
    public string? Region => Get(RegionVariable) ?? Get(DefaultRegionVariable);

    public static string ServiceEndpointVariable(AwsService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return EndpointUrlVariable + "_" + service.ServiceId.Replace(' ', '_').ToUpperInvariant();
    }

    public AwsEndpoint Resolve(AwsService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var configured = ConfiguredEndpoint(service);
        if (service.GlobalRegion is not null && service.GlobalEndpoint is not null)
        {
            // Global services only accept signatures scoped to their home region, wherever the caller runs.
            return new AwsEndpoint(configured ?? new Uri("https://" + service.GlobalEndpoint), service.GlobalRegion);
        }

        var region = Region ?? throw new InvalidOperationException(
            $"No AWS region configured for {service.ServiceId}: set the {RegionVariable} (or {DefaultRegionVariable}) environment variable, e.g. {RegionVariable}=eu-west-1. "
            + "Lambda sets AWS_REGION automatically.");
        return new AwsEndpoint(configured ?? new Uri($"https://{service.EndpointPrefix}.{region}.amazonaws.com"), region);
    }

    private Uri? ConfiguredEndpoint(AwsService service)
    {
        if (string.Equals(Get(IgnoreEndpointUrlsVariable), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var serviceVariable = ServiceEndpointVariable(service);
        foreach (var variable in new[] { serviceVariable, EndpointUrlVariable })
        {
            var value = Get(variable);
            if (value is null)
            {
                continue;
            }

            if (!Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new InvalidOperationException(string.Format(
                    CultureInfo.InvariantCulture,
                    "The environment variable {0}='{1}' is not an absolute http(s) URL. Set it to e.g. http://localhost:4566 or unset it.",
                    variable,
                    value));
            }

            return uri;
        }

        return null;
    }

    private string? Get(string name) =>
        _environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
