using System.Globalization;
using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;
using Amazon.Util;

namespace CostOps.Aws.Http;

/// <summary>
/// AWS Signature Version 4 for header-signed requests. The canonical request is assembled here; hashing,
/// the signing key and the HMAC come from AWSSDK.Core's <see cref="AWS4Signer"/>.
/// </summary>
internal static class SigV4Signer
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public static string FormatAmzDate(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Returns the Authorization header value.</summary>
    /// <param name="headers">Every header to sign, including <c>host</c> and <c>x-amz-date</c>; names in any case.</param>
    public static string Authorize(
        string method,
        Uri uri,
        IEnumerable<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body,
        ImmutableCredentials credentials,
        string region,
        string service,
        DateTimeOffset signedAt)
    {
        var sorted = headers
            .Select(h => new KeyValuePair<string, string>(h.Key.ToLowerInvariant(), CanonicalHeaderValue(h.Value)))
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .ToList();
        var signedHeaders = string.Join(';', sorted.Select(h => h.Key));
        var canonicalRequest = CanonicalRequest(method, uri, sorted, signedHeaders, body);
        var result = AWS4Signer.ComputeSignature(
            credentials.AccessKey, credentials.SecretKey, region, signedAt.UtcDateTime, service, signedHeaders, canonicalRequest);
        var date = signedAt.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return $"{Algorithm} Credential={credentials.AccessKey}/{date}/{region}/{service}/aws4_request, SignedHeaders={signedHeaders}, Signature={result.Signature}";
    }

    internal static string CanonicalRequest(string method, Uri uri, IReadOnlyList<KeyValuePair<string, string>> sortedHeaders, string signedHeaders, ReadOnlySpan<byte> body)
    {
        var builder = new StringBuilder();
        builder.Append(method.ToUpperInvariant()).Append('\n');
        builder.Append(CanonicalPath(uri)).Append('\n');
        builder.Append(CanonicalQuery(uri)).Append('\n');
        foreach (var header in sortedHeaders)
        {
            builder.Append(header.Key).Append(':').Append(header.Value).Append('\n');
        }

        builder.Append('\n').Append(signedHeaders).Append('\n');
        builder.Append(HexHash(body));
        return builder.ToString();
    }

    internal static string HexHash(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(AWS4Signer.ComputeHash(data.ToArray()));

    // Services other than S3 expect each path segment encoded twice: the path on the wire is already
    // percent-encoded once, so encoding it again (keeping '/') gives the canonical form.
    private static string CanonicalPath(Uri uri)
    {
        var path = uri.AbsolutePath;
        return string.IsNullOrEmpty(path) ? "/" : AWSSDKUtils.UrlEncode(path, true);
    }

    private static string CanonicalQuery(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return string.Empty;
        }

        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(part =>
            {
                var eq = part.IndexOf('=', StringComparison.Ordinal);
                var name = eq < 0 ? part : part[..eq];
                var value = eq < 0 ? string.Empty : part[(eq + 1)..];
                return (Name: Encode(name), Value: Encode(value));
            })
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join('&', pairs.Select(p => p.Name + "=" + p.Value));

        static string Encode(string raw) => AWSSDKUtils.UrlEncode(Uri.UnescapeDataString(raw.Replace('+', ' ')), false);
    }

    private static string CanonicalHeaderValue(string value)
    {
        var builder = new StringBuilder(value.Length);
        var previousSpace = false;
        foreach (var c in value.Trim())
        {
            var space = c == ' ';
            if (!(space && previousSpace))
            {
                builder.Append(c);
            }

            previousSpace = space;
        }

        return builder.ToString();
    }
}
