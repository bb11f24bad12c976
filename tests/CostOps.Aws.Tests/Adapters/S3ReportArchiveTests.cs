using Amazon.S3;
using Amazon.S3.Model;
using CostOps.Aws.Adapters;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Http;
using CostOps.TestSupport;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class S3ReportArchiveTests
{
    [Fact]
    public async Task StoreAsync_PutsHtmlUnderPrefix_ReturnsLinkSignedNowForTheValidity()
    {
        var s3 = new Mock<IAmazonS3>(MockBehavior.Strict);
        PutObjectRequest? put = null;
        s3.Setup(c => c.PutObjectAsync(It.IsAny<PutObjectRequest>(), It.IsAny<CancellationToken>()))
            .Callback<PutObjectRequest, CancellationToken>((r, _) => put = r)
            .ReturnsAsync(new PutObjectResponse());
        var links = new S3LinkSigner(new FixedCredentials("AKIDEXAMPLE", "secret"), new AwsEndpoint(new Uri("https://s3.eu-west-1.amazonaws.com"), "eu-west-1"), TestClock.At("2026-11-23T07:00:00Z"));
        var archive = new S3ReportArchive(s3.Object, "bucket", "reports/", links);

        var link = await archive.StoreAsync("2026-W47.html", "<html/>", TimeSpan.FromDays(2), CancellationToken.None);

        Assert.StartsWith("https://bucket.s3.eu-west-1.amazonaws.com/reports/2026-W47.html?", link.ToString(), StringComparison.Ordinal);
        Assert.Contains("X-Amz-Date=20261123T070000Z&X-Amz-Expires=172800&", link.Query, StringComparison.Ordinal);
        Assert.Equal(("bucket", "reports/2026-W47.html", "<html/>"), (put!.BucketName, put.Key, put.ContentBody));
        Assert.StartsWith("text/html", put.ContentType, StringComparison.Ordinal);
        Assert.Equal(ServerSideEncryptionMethod.AES256, put.ServerSideEncryptionMethod);
    }

    [Fact]
    public async Task StoreAsync_PutFails_HandsOutNoLink()
    {
        var s3 = new Mock<IAmazonS3>(MockBehavior.Strict);
        s3.Setup(c => c.PutObjectAsync(It.IsAny<PutObjectRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(new AmazonS3Exception("Access Denied"));
        var links = new S3LinkSigner(new FixedCredentials("AKIDEXAMPLE", "secret"), new AwsEndpoint(new Uri("http://127.0.0.1:4566"), "us-east-1"), TestClock.At("2026-11-23T07:00:00Z"));
        var archive = new S3ReportArchive(s3.Object, "bucket", "reports/", links);

        await Assert.ThrowsAsync<AmazonS3Exception>(() => archive.StoreAsync("2026-W47.html", "<html/>", TimeSpan.FromDays(7), CancellationToken.None));
    }
}
