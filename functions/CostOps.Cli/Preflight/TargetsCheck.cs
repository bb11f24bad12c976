using CostOps.Cli.Configuration;
using CostOps.Cli.Targets;

namespace CostOps.Cli.Preflight;

/// <summary>
/// <c>targets</c> in the tfvars file, when set, follows the module's rules (the same Terraform checks at plan),
/// so a wrong account id or a target with both clusters and cluster_tag is named before anything is built.
/// </summary>
public sealed class TargetsCheck : IPreflightCheck
{
    public string Id => "targets";

    public IReadOnlyList<string> Needs => ["tfvars"];

    public Task<CheckResult> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        MemberTargets? targets;
        try
        {
            targets = TfvarsTargets.Read(context.Tfvars!);
        }
        catch (TfvarsException ex)
        {
            return Task.FromResult(CheckResult.Fail(Id, $"{ex.Message}: fix it in {context.TfvarsPath} (terraform/README.md, Many accounts and regions)"));
        }

        if (targets is null)
        {
            return Task.FromResult(CheckResult.Pass(Id, "no targets: CostOps schedules this account and region"));
        }

        var units = targets.AccountRegions();
        var accounts = units.Select(u => u.AccountId).Distinct(StringComparer.Ordinal).Count();
        var ous = targets.Targets.SelectMany(t => t.OrganizationalUnits).Distinct(StringComparer.Ordinal).Count();
        return Task.FromResult(CheckResult.Pass(Id,
            $"{units.Count} account-region(s) in {accounts} account(s)" + (ous > 0 ? $", and the accounts of {ous} organizational unit(s)" : string.Empty)
            + $", through role {targets.Role}" + (targets.ExternalId is null ? " (no external id)" : " with an external id")));
    }
}
