using System.Text.Json;
using CostOps.Core.Targets;

namespace CostOps.Hosting.Events;

/// <summary>
/// The account-region a worker run is for: <c>"account":"111111111111","region":"eu-west-1"</c> on a <c>run</c> command
/// or a scheduler payload, both or neither. Without it the run is the hub's (or, with no targets configured, this account's).
/// </summary>
public sealed record EventTarget(string AccountId, string Region)
{
    public override string ToString() => AccountId + "/" + Region;

    /// <summary>Reads <c>account</c> and <c>region</c> of <paramref name="root"/>; null when neither is there.</summary>
    /// <exception cref="InvalidEventException">One without the other, or a value that is not an account id or a region.</exception>
    internal static EventTarget? Read(JsonElement root)
    {
        var account = JsonFields.OptionalString(root, string.Empty, "account");
        var region = JsonFields.OptionalString(root, string.Empty, "region");
        if (account is null && region is null)
        {
            return null;
        }

        if (account is null || TargetRules.AccountProblem(account) is not null)
        {
            throw new InvalidEventException("account", account is null ? "(missing)" : JsonFields.Quote(account),
                TargetRules.AccountExpected + (account is null ? ", because region is set" : string.Empty));
        }

        if (region is null || TargetRules.RegionProblem(region) is not null)
        {
            throw new InvalidEventException("region", region is null ? "(missing)" : JsonFields.Quote(region),
                TargetRules.RegionExpected + (region is null ? ", because account is set" : string.Empty));
        }

        return new EventTarget(account, region);
    }
}
