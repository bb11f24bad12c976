using System.Collections.Concurrent;
using System.Net;

namespace CostOps.Simulator;

/// <summary>
/// The <see cref="SimulatedOrganization.Handler"/>: reads the access key, region and service a request is signed for,
/// answers STS and Organizations itself and hands everything else to the account-region the key belongs to.
/// Unknown keys are refused as AWS does (InvalidClientTokenId for Query services, UnrecognizedClientException for JSON ones);
/// a key past its expiry gets ExpiredToken; an account-region that was never added answers as a region the account has not enabled.
/// </summary>
internal sealed class OrganizationRouter(SimulatedOrganization organization, StsApi sts, OrganizationsApi organizations) : HttpMessageHandler
{
    private const string InvalidToken = "The security token included in the request is invalid.";
    private readonly ConcurrentDictionary<SimulatorHandler, HttpMessageInvoker> _invokers = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var call = SimCall.Classify(request, body);
        var (accessKey, region, service) = Credential(request);
        SimulatorHandler? target;
        lock (organization.Gate)
        {
            var now = organization.Clock.GetUtcNow();
            var owner = accessKey is null ? null : organization.Sessions.Owner(accessKey);
            if (call.SigningName is "sts" or "organizations")
            {
                organization.Count(call.Operation);
            }

            if (owner is null)
            {
                return call.Error(call.SigningName is "sts" or "sns" or "monitoring" or "elasticloadbalancing"
                    ? new SimulatorError("InvalidClientTokenId", InvalidToken, HttpStatusCode.Forbidden)
                    : call.SigningName == "s3" ? new SimulatorError("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", HttpStatusCode.Forbidden)
                    : new SimulatorError("UnrecognizedClientException", InvalidToken));
            }

            var (account, expiration) = owner.Value;
            if (now >= expiration)
            {
                return call.Error(new SimulatorError(call.SigningName is "sts" or "sns" or "monitoring" or "elasticloadbalancing" ? "ExpiredToken" : "ExpiredTokenException",
                    "The security token included in the request is expired"));
            }

            try
            {
                switch (call.SigningName)
                {
                    case "sts":
                        RequireSignature(call, service, region, region);
                        return SimCall.Reply(HttpStatusCode.OK, sts.Handle(body, account, now), "text/xml");
                    case "organizations":
                        RequireSignature(call, service, region, "us-east-1");
                        if (account != organization.ManagementAccountId)
                        {
                            throw new SimulatorError("AccessDeniedException", "You don't have permissions to access this resource.");
                        }

                        return SimCall.Reply(HttpStatusCode.OK, organizations.Handle(call.Operation, body));
                }
            }
            catch (SimulatorError error)
            {
                return call.Error(error);
            }

            target = organization.Route(account, region ?? string.Empty, global: call.SigningName is "ce" or "budgets");
            if (target is null)
            {
                // What AWS answers in a region the account has not enabled.
                return call.Error(new SimulatorError("UnrecognizedClientException", $"{InvalidToken} (The simulated account {account} has no region {region}: add it with AddAccount.)"));
            }
        }

        var invoker = _invokers.GetOrAdd(target, h => new HttpMessageInvoker(h, disposeHandler: false));
        return await invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static void RequireSignature(SimCall call, string? service, string? signedRegion, string? expectedRegion)
    {
        if (service != call.SigningName || signedRegion is null || signedRegion != expectedRegion)
        {
            throw new SimulatorError("InvalidSignatureException", $"Request for {call.Operation} is not signed for {call.SigningName} in {expectedRegion}.", HttpStatusCode.Forbidden);
        }
    }

    /// <summary>From <c>Authorization: AWS4-HMAC-SHA256 Credential={key}/{date}/{region}/{service}/aws4_request, …</c>.</summary>
    private static (string? AccessKey, string? Region, string? Service) Credential(HttpRequestMessage request)
    {
        var authorization = request.Headers.TryGetValues("Authorization", out var values) ? string.Join(",", values) : string.Empty;
        var start = authorization.IndexOf("Credential=", StringComparison.Ordinal);
        if (start < 0)
        {
            return (null, null, null);
        }

        var scope = authorization[(start + "Credential=".Length)..].Split(',')[0].Split('/');
        return scope.Length == 5 ? (scope[0], scope[2], scope[3]) : (scope[0], null, null);
    }
}
