using System.Globalization;
using System.Web;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using CostOps.Aws.Http;
using CostOps.TestSupport;

namespace CostOps.Aws.Tests.Http;

public sealed class S3LinkSignerTests
{
    private const string AccessKey = "AKIAIOSFODNN7EXAMPLE";
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    [Fact]
    public void Presign_TheExampleOfTheS3Documentation_GivesItsSignature()
    {
        // S3 API reference, "Authenticating Requests: Using Query Parameters (AWS Signature Version 4)", example.
        var url = S3LinkSigner.Presign(
            new Uri("https://examplebucket.s3.amazonaws.com/test.txt"), "us-east-1", new ImmutableCredentials(AccessKey, SecretKey, null),
            new DateTimeOffset(2013, 5, 24, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(86400));

        Assert.Equal(
            "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
            + "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404",
            url.ToString());
    }

    [Theory]
    [InlineData("https://s3.eu-central-1.amazonaws.com", "eu-central-1", "costops-reports", null)]
    [InlineData("https://s3.eu-central-1.amazonaws.com", "eu-central-1", "costops.reports", "FwoGZXIvYXdzEXAMPLE/token+with=chars")]
    [InlineData("http://127.0.0.1:4566", "us-east-1", "costops-reports", "session-token")]
    public async Task PresignGetAsync_SameInstantAsTheSdk_SignsTheSameLink(string endpoint, string region, string bucket, string? token)
    {
        const string key = "reports/2026-W47 final.html";
        var config = new AmazonS3Config { ServiceURL = endpoint, AuthenticationRegion = region, ForcePathStyle = !endpoint.Contains("amazonaws", StringComparison.Ordinal) || bucket.Contains('.', StringComparison.Ordinal) };
        AWSCredentials sdkCredentials = token is null ? new BasicAWSCredentials(AccessKey, SecretKey) : new SessionAWSCredentials(AccessKey, SecretKey, token);
        using var sdk = new AmazonS3Client(sdkCredentials, config);
        var sdkUrl = new Uri(await sdk.GetPreSignedURLAsync(new GetPreSignedUrlRequest
        {
            BucketName = bucket,
            Key = key,
            Verb = HttpVerb.GET,
            Expires = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(2), // the SDK dates its link by the machine clock
            Protocol = endpoint.StartsWith("https", StringComparison.Ordinal) ? Protocol.HTTPS : Protocol.HTTP,
        }));
        var sdkQuery = HttpUtility.ParseQueryString(sdkUrl.Query);
        var signedAt = DateTimeOffset.ParseExact(sdkQuery["X-Amz-Date"]!, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var signer = new S3LinkSigner(new FixedCredentials(AccessKey, SecretKey, token), new AwsEndpoint(new Uri(endpoint), region), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(signedAt));

        var ours = await signer.PresignGetAsync(bucket, key, TimeSpan.FromSeconds(long.Parse(sdkQuery["X-Amz-Expires"]!, CultureInfo.InvariantCulture)), CancellationToken.None);

        var oursQuery = HttpUtility.ParseQueryString(ours.Query);
        Assert.Equal(sdkUrl.GetLeftPart(UriPartial.Path), ours.GetLeftPart(UriPartial.Path));
        Assert.Equal(token, oursQuery["X-Amz-Security-Token"]);
        Assert.Equal(sdkQuery["X-Amz-Signature"], oursQuery["X-Amz-Signature"]);
    }

    [Fact]
    public async Task PresignGetAsync_DatesTheLinkByTheInjectedClock()
    {
        var signer = new S3LinkSigner(new FixedCredentials(AccessKey, SecretKey), new AwsEndpoint(new Uri("https://s3.us-west-2.amazonaws.com"), "us-west-2"), TestClock.At("2026-11-02T07:00:00Z"));

        var link = await signer.PresignGetAsync("costops-reports", "reports/2026-W44.html", TimeSpan.FromDays(7), CancellationToken.None);

        var query = HttpUtility.ParseQueryString(link.Query);
        Assert.Equal("https://costops-reports.s3.us-west-2.amazonaws.com/reports/2026-W44.html", link.GetLeftPart(UriPartial.Path));
        Assert.Equal(("20261102T070000Z", "604800"), (query["X-Amz-Date"], query["X-Amz-Expires"]));
        Assert.Equal($"{AccessKey}/20261102/us-west-2/s3/aws4_request", query["X-Amz-Credential"]);
    }

    [Theory]
    [InlineData(0.000001, "1")]
    [InlineData(90 * 24 * 3600, "604800")]
    [InlineData(3600.2, "3601")]
    public void Presign_ValidityOutsideWhatS3Accepts_IsBroughtWithinOneSecondToSevenDays(double seconds, string expected)
    {
        var url = S3LinkSigner.Presign(new Uri("https://b.s3.amazonaws.com/k"), "us-east-1", new ImmutableCredentials(AccessKey, SecretKey, null),
            DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(seconds));

        Assert.Equal(expected, HttpUtility.ParseQueryString(url.Query)["X-Amz-Expires"]);
    }

    [Fact]
    public void ObjectUri_EndpointOverrideWithABasePath_KeepsItAndGoesPathStyle()
    {
        var uri = S3LinkSigner.ObjectUri(new Uri("http://aws.simulator.local/s3"), "costops-reports", "reports/a b.html");

        Assert.Equal("http://aws.simulator.local/s3/costops-reports/reports/a%20b.html", uri.AbsoluteUri);
    }
}
