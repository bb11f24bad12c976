namespace CostOps.Cli.Preflight;

/// <summary>One thing that must hold before <c>terraform apply</c> changes anything.</summary>
public interface IPreflightCheck
{
    /// <summary>Short name used by <c>--only</c> and <c>--skip</c> and in the output.</summary>
    string Id { get; }

    /// <summary>Checks that must pass first; when one did not, this one is skipped.</summary>
    IReadOnlyList<string> Needs { get; }

    Task<CheckResult> RunAsync(PreflightContext context, CancellationToken cancellationToken);
}
