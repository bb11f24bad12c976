using System.Net.Http;

namespace CostOps.Aws.Http;

/// <summary>
/// Operations whose repetition has a visible effect and that AWS cannot deduplicate: SNS Publish to a standard topic
/// (e-mail subscriptions need one) has no deduplication id, so a retried Publish that had in fact been delivered is
/// a second e-mail. They are retried only when AWS throttled them or the request provably never left this process
/// (name resolution, connection or TLS setup failed); any other failure becomes <see cref="AwsDeliveryUnknownException"/>.
/// </summary>
internal static class SendOnceOperations
{
    public static bool Contains(AwsService service, string operation) =>
        service.ServiceId == AwsServices.Sns.ServiceId && operation == "Publish";

    /// <summary>Whether a transport failure proves the request was never sent.</summary>
    public static bool NeverSent(Exception ex) =>
        ex is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError };
}
