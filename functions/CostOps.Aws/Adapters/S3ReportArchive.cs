using Amazon.S3;
using Amazon.S3.Model;
using CostOps.Core.Costs.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>Keeps HTML reports in an S3 bucket under a prefix and hands out presigned GET links.</summary>
/// <remarks>A presigned link signed with a Lambda role's temporary credentials stops working when those credentials expire, whatever the requested validity: the link says 7 days, the role session may end sooner.</remarks>
public sealed class S3ReportArchive(IAmazonS3 s3, string bucket, string prefix, TimeProvider time) : IReportArchive
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
        var url = await s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
        {
            BucketName = bucket,
            Key = key,
            Verb = HttpVerb.GET,
            Expires = time.GetUtcNow().UtcDateTime.Add(linkValidity),
            Protocol = LinkProtocol(s3),
        }).ConfigureAwait(false);
        return new Uri(url);
    }

    /// <summary>The scheme of the endpoint the client talks to: plain HTTP only under an <c>http://</c> endpoint override (a local emulator), HTTPS otherwise.</summary>
    private static Protocol LinkProtocol(IAmazonS3 s3) =>
        s3.Config?.ServiceURL is { } url && url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? Protocol.HTTP : Protocol.HTTPS;
}
