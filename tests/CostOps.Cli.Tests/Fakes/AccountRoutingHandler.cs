using System.Text.RegularExpressions;
using CostOps.Simulator;

namespace CostOps.Cli.Tests.Fakes;

/// <summary>
/// Several simulated accounts behind one endpoint: a request goes to the account whose assumed keys signed it
/// (<see cref="FakeRoleAssumer.KeyOf"/>), in the region it is signed for; anything else to the hub account.
/// </summary>
public sealed partial class AccountRoutingHandler(SimulatorHandler hub) : HttpMessageHandler
{
    private readonly Dictionary<(string Key, string Region), HttpMessageInvoker> _members = [];
    private readonly HttpMessageInvoker _hub = new(hub, disposeHandler: false);

    public void Add(string account, SimulatorHandler handler) =>
        _members[(FakeRoleAssumer.KeyOf(account), handler.Account.Region)] = new HttpMessageInvoker(handler, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.TryGetValues("Authorization", out var values) ? string.Join(",", values) : string.Empty;
        var match = Credential().Match(authorization);
        var target = match.Success && _members.TryGetValue((match.Groups[1].Value, match.Groups[2].Value), out var member) ? member : _hub;
        return target.SendAsync(request, cancellationToken);
    }

    [GeneratedRegex(@"Credential=([A-Z0-9]+)/\d{8}/([a-z0-9-]+)/")]
    private static partial Regex Credential();
}
