using Amazon.S3;
using Amazon.S3.Model;
using CostOps.Aws.Adapters;
using CostOps.TestSupport;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class S3ReportArchiveTests
{
    [Fact]
    public async Task StoreAsync_PutsHtmlUnderPrefix_ReturnsLinkExpiringAfterValidity()
    {
        var s3 = new Mock<IAmazonS3>();
        PutObjectRequest? put = null;
        GetPreSignedUrlRequest? presign = null;
        s3.Setup(c => c.PutObjectAsync(It.IsAny<PutObjectRequest>(), It.IsAny<CancellationToken>()))
            .Callback<PutObjectRequest, CancellationToken>((r, _) => put = r)
            .ReturnsAsync(new PutObjectResponse());
        s3.Setup(c => c.GetPreSignedURLAsync(It.IsAny<GetPreSignedUrlRequest>()))
            .Callback<GetPreSignedUrlRequest>(r => presign = r)
            .ReturnsAsync("https://bucket.s3.amazonaws.com/reports/2026-W47.html?X-Amz-Signature=abc");
        var archive = new S3ReportArchive(s3.Object, "bucket", "reports/", TestClock.At("2026-11-23T07:00:00Z"));

        var link = await archive.StoreAsync("2026-W47.html", "<html/>", TimeSpan.FromDays(7), CancellationToken.None);

        Assert.Equal("https://bucket.s3.amazonaws.com/reports/2026-W47.html?X-Amz-Signature=abc", link.ToString());
        Assert.Equal(("bucket", "reports/2026-W47.html", "<html/>"), (put!.BucketName, put.Key, put.ContentBody));
        Assert.StartsWith("text/html", put.ContentType, StringComparison.Ordinal);
        Assert.Equal(("reports/2026-W47.html", HttpVerb.GET), (presign!.Key, presign.Verb));
        Assert.Equal(new DateTime(2026, 11, 30, 7, 0, 0, DateTimeKind.Utc), presign.Expires);
    }

    [Theory]
    [InlineData("http://127.0.0.1:4566", Protocol.HTTP)]
    [InlineData("https://s3.eu-central-1.amazonaws.com", Protocol.HTTPS)]
    [InlineData(null, Protocol.HTTPS)]
    public async Task StoreAsync_LinkUsesTheSchemeOfTheEndpoint(string? serviceUrl, Protocol expected)
    {
        var s3 = new Mock<IAmazonS3>();
        var config = new AmazonS3Config { ForcePathStyle = true };
        if (serviceUrl is not null)
        {
            config.ServiceURL = serviceUrl;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.EUCentral1;
        }

        GetPreSignedUrlRequest? presign = null;
        s3.SetupGet(c => c.Config).Returns(config);
        s3.Setup(c => c.PutObjectAsync(It.IsAny<PutObjectRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new PutObjectResponse());
        s3.Setup(c => c.GetPreSignedURLAsync(It.IsAny<GetPreSignedUrlRequest>()))
            .Callback<GetPreSignedUrlRequest>(r => presign = r)
            .ReturnsAsync("http://127.0.0.1:4566/bucket/reports/2026-W47.html");
        var archive = new S3ReportArchive(s3.Object, "bucket", "reports/", TestClock.At("2026-11-23T07:00:00Z"));

        await archive.StoreAsync("2026-W47.html", "<html/>", TimeSpan.FromDays(7), CancellationToken.None);

        Assert.Equal(expected, presign!.Protocol);
    }

    [Fact]
    public async Task PresignedUrl_HttpProtocolUnderAnHttpEndpoint_SdkSignsAnHttpLink()
    {
        using var client = new AmazonS3Client(
            new Amazon.Runtime.BasicAWSCredentials("AKIDEXAMPLE", "secret"),
            new AmazonS3Config { ServiceURL = "http://127.0.0.1:4566", ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        var request = new GetPreSignedUrlRequest { BucketName = "bucket", Key = "reports/2026-W47.html", Verb = HttpVerb.GET, Expires = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc), Protocol = Protocol.HTTP };

        var url = await client.GetPreSignedURLAsync(request);

        Assert.StartsWith("http://127.0.0.1:4566/bucket/reports/2026-W47.html?", url, StringComparison.Ordinal);
    }
}
