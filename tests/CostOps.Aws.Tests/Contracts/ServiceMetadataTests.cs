using CostOps.Aws.Http;

namespace CostOps.Aws.Tests.Contracts;

public sealed class ServiceMetadataTests
{
    public static TheoryData<string> Services => new(BotocoreModels.All.Keys);

    [Theory]
    [MemberData(nameof(Services))]
    public void AwsServices_Entry_MatchesOfficialModelMetadata(string key)
    {
        var service = BotocoreModels.All[key].Service;
        var model = BotocoreModels.Load(key);

        var protocol = service.Protocol switch
        {
            AwsProtocol.Json => "json",
            AwsProtocol.Query => "query",
            AwsProtocol.RestJson => "rest-json",
            _ => throw new InvalidOperationException($"Unknown protocol {service.Protocol}"),
        };
        Assert.Equal(model.MetadataString("protocol"), protocol);
        Assert.Equal(model.MetadataString("endpointPrefix"), service.EndpointPrefix);
        var signingName = model.MetadataString("signingName") is { Length: > 0 } name ? name : model.MetadataString("endpointPrefix");
        Assert.Equal(signingName, service.SigningName);
        Assert.Equal(model.MetadataString("serviceId"), service.ServiceId);
        Assert.Equal(model.MetadataString("apiVersion"), BotocoreModels.All[key].ApiVersion);
        Assert.Equal(NullIfEmpty(model.MetadataString("targetPrefix")), service.TargetPrefix);
        Assert.Equal(NullIfEmpty(model.MetadataString("jsonVersion")), service.JsonVersion);
        if (service.Protocol == AwsProtocol.Query)
        {
            Assert.Equal(model.MetadataString("apiVersion"), service.ApiVersion);
        }
    }

    [Fact]
    public void Load_UnknownService_FailsWithInstallHint()
    {
        var error = Assert.Throws<FileNotFoundException>(() => ServiceModel.Load("no-such-service", "2000-01-01"));

        Assert.Contains("apt-get install python3-botocore", error.Message, StringComparison.Ordinal);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
