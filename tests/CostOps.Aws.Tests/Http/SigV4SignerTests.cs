using Amazon.Runtime;
using CostOps.Aws.Http;

namespace CostOps.Aws.Tests.Http;

public class SigV4SignerTests
{
    private static readonly ImmutableCredentials Example = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);

    [Fact]
    public void Authorize_PublishedIamListUsersExample_ReproducesAwsSignature()
    {
        // AWS General Reference, "Signature Version 4 signing process" worked example.
        var headers = new Dictionary<string, string>
        {
            ["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8",
            ["Host"] = "iam.amazonaws.com",
            ["X-Amz-Date"] = "20150830T123600Z",
        };

        var authorization = SigV4Signer.Authorize(
            "GET",
            new Uri("https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08"),
            headers,
            [],
            Example,
            "us-east-1",
            "iam",
            new DateTimeOffset(2015, 8, 30, 12, 36, 0, TimeSpan.Zero));

        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, "
            + "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
            authorization);
    }

    [Fact]
    public void CanonicalRequest_UnsortedQueryAndEncodedPath_SortsParametersAndEncodesPathAgain()
    {
        var headers = new List<KeyValuePair<string, string>> { new("host", "lambda.eu-west-1.amazonaws.com") };

        var canonical = SigV4Signer.CanonicalRequest(
            "get",
            new Uri("https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/arn%3Aaws%3Alambda/configuration?b=2&a=x%20y"),
            headers,
            "host",
            []);

        var lines = canonical.Split('\n');
        Assert.Equal("GET", lines[0]);
        Assert.Equal("/2015-03-31/functions/arn%253Aaws%253Alambda/configuration", lines[1]);
        Assert.Equal("a=x%20y&b=2", lines[2]);
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", lines[^1]);
    }

    [Fact]
    public void Authorize_HeaderValueWithRunsOfSpaces_SignsTheSameAsCollapsedValue()
    {
        var at = new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero);
        var uri = new Uri("https://ecs.eu-west-1.amazonaws.com/");
        string Sign(string value) => SigV4Signer.Authorize("POST", uri, [new("host", uri.Host), new("x-amz-target", value)], "{}"u8, Example, "eu-west-1", "ecs", at);

        Assert.Equal(Sign("a b"), Sign("  a    b "));
        Assert.NotEqual(Sign("a b"), Sign("ab"));
    }
}
