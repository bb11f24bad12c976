using System.Text.RegularExpressions;
using CostOps.Aws.Tests.Http;

namespace CostOps.Aws.Tests.Operations;

/// <summary>Assertions on one request as the real transport put it on the wire (see <see cref="TransportFixture"/>).</summary>
internal static partial class HttpCallAssert
{
    /// <summary>A JSON 1.1 call: POST / to <paramref name="host"/>, the target header, the exact body, signed for region/service.</summary>
    public static void Json11(RecordedRequest request, string host, string target, string region, string service, string body)
    {
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri($"https://{host}/"), request.Uri);
        Assert.Equal(target, request.Headers["x-amz-target"]);
        Assert.Equal("application/x-amz-json-1.1", request.Headers["content-type"]);
        Signed(request, region, service);
        Assert.Equal(body, request.Body);
    }

    /// <summary>SigV4 with the fixture's key, clock (2026-03-02) and the credential scope of <paramref name="region"/>/<paramref name="service"/>.</summary>
    public static void Signed(RecordedRequest request, string region, string service)
    {
        var authorization = request.Headers["authorization"];
        Assert.StartsWith($"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260302/{region}/{service}/aws4_request, SignedHeaders=", authorization, StringComparison.Ordinal);
        Assert.Matches(SignatureAtEnd(), authorization);
        Assert.Equal("20260302T073000Z", request.Headers["x-amz-date"]);
    }

    [GeneratedRegex("SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}$")]
    private static partial Regex SignatureAtEnd();
}
