using Amazon.S3;
using Amazon.S3.Model;
using CostOps.Aws.Http;
using CostOps.Core.Costs.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>Keeps HTML reports in an S3 bucket under a prefix and hands out presigned GET links.</summary>
/// <remarks>The link is signed by <see cref="S3LinkSigner"/> on CostOps' clock. A presigned link signed with a Lambda role's temporary credentials stops working when those credentials expire, whatever the requested validity: the link says 7 days, the role session may end sooner.</remarks>
public sealed class S3ReportArchive(IAmazonS3 s3, string bucket, string prefix, S3LinkSigner links) : IReportArchive
{
    public async Task<Uri> StoreAsync(string name, string html, TimeSpan linkValidity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = prefix + name;
        await s3.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = bucket,
                Key = key,
                ContentBody = html,
                ContentType = "text/html; charset=utf-8",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
            },
            cancellationToken).ConfigureAwait(false);
        return await links.PresignGetAsync(bucket, key, linkValidity, cancellationToken).ConfigureAwait(false);
    }
}
