namespace CostOps.Aws.Http;

/// <summary>
/// How to reach one AWS service: the values come from the service's official model
/// (metadata.endpointPrefix, signingName, targetPrefix, jsonVersion, protocol).
/// </summary>
/// <param name="EndpointPrefix">Host prefix: <c>{EndpointPrefix}.{region}.amazonaws.com</c>.</param>
/// <param name="SigningName">SigV4 service name.</param>
/// <param name="Protocol">Wire protocol.</param>
/// <param name="TargetPrefix">JSON protocol only: <c>X-Amz-Target: {TargetPrefix}.{Operation}</c>.</param>
/// <param name="JsonVersion">JSON protocol only: content type <c>application/x-amz-json-{JsonVersion}</c>.</param>
/// <param name="ApiVersion">Query protocol only: the <c>Version</c> parameter.</param>
/// <param name="GlobalRegion">Set for global services whose single endpoint lives in one region (signing region too).</param>
/// <param name="GlobalEndpoint">Set for global services: the host of the single endpoint.</param>
/// <param name="ServiceId">The SDK service id, used for <c>AWS_ENDPOINT_URL_{SERVICE_ID}</c> (spaces become underscores, upper case).</param>
public sealed record AwsService(
    string EndpointPrefix,
    string SigningName,
    AwsProtocol Protocol,
    string ServiceId,
    string? TargetPrefix = null,
    string? JsonVersion = null,
    string? ApiVersion = null,
    string? GlobalRegion = null,
    string? GlobalEndpoint = null);
