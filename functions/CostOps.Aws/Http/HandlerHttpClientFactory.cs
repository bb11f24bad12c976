using Amazon.Runtime;

namespace CostOps.Aws.Http;

/// <summary>Makes the official AWS SDK clients (DynamoDB, S3) send through a given <see cref="HttpMessageHandler"/>.</summary>
internal sealed class HandlerHttpClientFactory(HttpMessageHandler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;
}
