namespace CostOps.Aws.Http;

/// <summary>Where one service's requests go and which region their signature is scoped to.</summary>
/// <param name="BaseUri">Scheme, host and optional port (and base path for emulators), no trailing slash.</param>
/// <param name="SigningRegion">Region in the SigV4 credential scope.</param>
public sealed record AwsEndpoint(Uri BaseUri, string SigningRegion);
