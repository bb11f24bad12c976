using System.Globalization;
using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;
using Amazon.Util;

namespace CostOps.Aws.Http;

/// <summary>
/// Presigned S3 GET links (Signature Version 4 in the query string), dated by the injected clock rather than the
/// machine's, so a link says exactly how long it is valid from the moment CostOps hands it out.
/// </summary>
/// <remarks>
/// S3 accepts X-Amz-Expires from 1 second to 604,800 seconds (7 days); the payload of a presigned request is
/// <c>UNSIGNED-PAYLOAD</c> and only the host header is signed (S3 API reference, "Authenticating Requests: Using Query
/// Parameters"). A link signed with temporary credentials stops working when those credentials expire.
/// </remarks>
public sealed class S3LinkSigner
{
    /// <summary>The longest validity S3 accepts for a SigV4 presigned URL.</summary>
    public static readonly TimeSpan MaxValidity = TimeSpan.FromDays(7);

    private readonly ICredentialSource _credentials;
    private readonly AwsEndpoint _endpoint;
    private readonly TimeProvider _time;

    /// <param name="endpoint">The S3 endpoint: <c>https://s3.&lt;region&gt;.amazonaws.com</c>, or an override (served path-style).</param>
    public S3LinkSigner(ICredentialSource credentials, AwsEndpoint endpoint, TimeProvider time)
    {
        _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        _endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>A GET link to <paramref name="key"/> in <paramref name="bucket"/>, valid for <paramref name="validity"/> (cut to 7 days) from now.</summary>
    public async Task<Uri> PresignGetAsync(string bucket, string key, TimeSpan validity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bucket);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var credentials = await _credentials.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        return Presign(ObjectUri(_endpoint.BaseUri, bucket, key), _endpoint.SigningRegion, credentials, _time.GetUtcNow(), validity);
    }

    /// <summary>
    /// Virtual-hosted style (<c>bucket.s3.region.amazonaws.com/key</c>) on AWS for bucket names without dots, whose
    /// TLS certificate would not match; path style (<c>endpoint/bucket/key</c>) otherwise and under an endpoint override.
    /// </summary>
    internal static Uri ObjectUri(Uri endpoint, string bucket, string key)
    {
        var path = AWSSDKUtils.UrlEncode(key.TrimStart('/'), true);
        var builder = new UriBuilder(endpoint);
        if (endpoint.Host.EndsWith(".amazonaws.com", StringComparison.OrdinalIgnoreCase) && !bucket.Contains('.', StringComparison.Ordinal))
        {
            builder.Host = bucket + "." + endpoint.Host;
            builder.Path = "/" + path;
        }
        else
        {
            builder.Path = endpoint.AbsolutePath.TrimEnd('/') + "/" + bucket + "/" + path;
        }

        return builder.Uri;
    }

    /// <summary>Signs a GET of <paramref name="objectUri"/> (already percent-encoded, no query) at <paramref name="signedAt"/>.</summary>
    internal static Uri Presign(Uri objectUri, string region, ImmutableCredentials credentials, DateTimeOffset signedAt, TimeSpan validity)
    {
        var seconds = (long)Math.Clamp(Math.Ceiling(validity.TotalSeconds), 1, MaxValidity.TotalSeconds);
        var date = signedAt.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var query = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["X-Amz-Algorithm"] = SigV4Signer.Algorithm,
            ["X-Amz-Credential"] = $"{credentials.AccessKey}/{date}/{region}/s3/aws4_request",
            ["X-Amz-Date"] = SigV4Signer.FormatAmzDate(signedAt),
            ["X-Amz-Expires"] = seconds.ToString(CultureInfo.InvariantCulture),
            ["X-Amz-SignedHeaders"] = "host",
        };
        if (!string.IsNullOrEmpty(credentials.Token))
        {
            query["X-Amz-Security-Token"] = credentials.Token;
        }

        var canonicalQuery = string.Join('&', query.Select(p => AWSSDKUtils.UrlEncode(p.Key, false) + "=" + AWSSDKUtils.UrlEncode(p.Value, false)));
        var host = objectUri.IsDefaultPort ? objectUri.Host : objectUri.Host + ":" + objectUri.Port.ToString(CultureInfo.InvariantCulture);
        var canonicalRequest = new StringBuilder()
            .Append("GET\n")
            .Append(objectUri.AbsolutePath).Append('\n')
            .Append(canonicalQuery).Append('\n')
            .Append("host:").Append(host).Append("\n\n")
            .Append("host\n")
            .Append("UNSIGNED-PAYLOAD")
            .ToString();
        var signature = AWS4Signer.ComputeSignature(credentials.AccessKey, credentials.SecretKey, region, signedAt.UtcDateTime, "s3", "host", canonicalRequest).Signature;
        return new Uri(objectUri.GetLeftPart(UriPartial.Path) + "?" + canonicalQuery + "&X-Amz-Signature=" + signature);
    }
}
